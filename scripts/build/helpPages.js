/**
 * The help pages as both builds emit them (webpack.config.js for the add-in, dist/;
 * webpack.preview.config.js for the preview, dist-preview/).
 */
const path = require("path");
const { requireTs } = require("../lib/require-ts");

const ROOT = path.resolve(__dirname, "../..");

/**
 * Writes the help pages, help.html and help.zh-TW.html: src/help/help.html and
 * src/help/help.zh-TW.html with the function reference filled in from the catalog in the
 * page's language. The preview's build serves the same pages (webpack.preview.config.js).
 */
class HelpPagePlugin {
  apply(compiler) {
    const pages = { en: "help.html", "zh-TW": "help.zh-TW.html" }; // src/help/pages.ts helpPageFile
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      for (const [language, file] of Object.entries(pages)) {
        const page = path.resolve(ROOT, "src/help", file);
        compilation.fileDependencies.add(page);
        compilation.hooks.processAssets.tap(
          { name: "HelpPagePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            const { fillHelpPage } = requireTs(path.resolve(ROOT, "src/help/reference.ts"));
            const html = fillHelpPage(require("fs").readFileSync(page, "utf8"), undefined, language);
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(html));
          }
        );
      }
    });
  }
}

module.exports = { HelpPagePlugin };
