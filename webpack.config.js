/*
 * Builds the add-in: the GPU.* functions bundle (+ functions.json from its JSDoc), the task pane,
 * the help, support, privacy and terms pages, the icons and both manifests (manifest.xml and the
 * unified manifest.json, from scripts/build/addin.js). The preview has its own config (webpack.preview.config.js)
 * so that HyperFormula (GPL) never enters these bundles.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/build/functionsMetadata");
const { HelpPagePlugin } = require("./scripts/build/helpPages");
const { ManifestsPlugin } = require("./scripts/build/manifests");
const { PagesPlugin } = require("./scripts/build/pages");
const { DEV_URL, publicUrl } = require("./scripts/build/publicUrl");
const { requireTs } = require("./scripts/lib/require-ts");

/** Rewrites the dev URL in text assets (functions.json help URLs) for production builds. */
class PublicUrlPlugin {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublicUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublicUrlPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          if (this.from === this.to) return;
          for (const name of Object.keys(assets)) {
            if (!/\.(json|xml|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (!text.includes(this.from)) continue;
            compilation.updateAsset(name, new compiler.webpack.sources.RawSource(text.split(this.from).join(this.to)));
          }
        }
      );
    });
  }
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // A production build without ADDIN_PUBLIC_URL stops here, naming the variable.
  const url = publicUrl(dev ? "development" : "production");
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Every build rewrites every file, so the tests can tell a stale dist/ by its dates.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataPlugin({
        file: "functions.json",
        // Excel shows a function's help from the metadata of the user's language (manifest: bt:Override).
        localized: [
          {
            file: "functions.zh-TW.json",
            language: "zh-TW",
            catalog: () => requireTs(path.resolve(__dirname, "src/engine/catalog/index.ts")).CATALOG,
            helpPage: "help.zh-TW.html",
          },
        ],
      }),
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.css", to: "help.css" },
        ],
      }),
      new HelpPagePlugin(),
      new PagesPlugin(),
      new PublicUrlPlugin(DEV_URL, url),
      // After PublicUrlPlugin: the manifests are written for `url` from the final functions.json.
      new ManifestsPlugin(url),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
    },
  };
  return config;
};

module.exports.DEV_URL = DEV_URL;
