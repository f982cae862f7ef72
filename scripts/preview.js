/**
 * npm run preview: builds the preview (webpack.preview.config.js, development mode, rebuilt when a
 * source file changes) and serves dist-preview/ over plain http until Ctrl-C, compressed and
 * revalidated by ETag (scripts/staticServer.js, the server the browser tests use too).
 *   PORT=8080 (default)   HOST=127.0.0.1 (default; HOST=0.0.0.0 to reach it from another machine)
 */
const path = require("path");
const { createStaticServer } = require("./staticServer");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist-preview");
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || "127.0.0.1";

function main() {
  const webpack = require("webpack");
  const makeConfig = require(path.join(root, "webpack.preview.config.js"));
  const compiler = webpack(makeConfig({}, { mode: "development" }));
  let server;

  console.log("Building the preview (webpack.preview.config.js)…");
  const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    if (error) {
      console.error(error.stack || String(error));
      return;
    }
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: process.stdout.isTTY }));
      console.error("The preview did not build: fix the errors above (it rebuilds on save).");
      return;
    }
    if (server) {
      console.log(`Rebuilt in ${stats.endTime - stats.startTime} ms: reload the page.`);
      return;
    }
    server = createStaticServer(outDir);
    server.on("error", (listenError) => {
      if (listenError.code === "EADDRINUSE") {
        console.error(`Port ${port} is in use: choose another, e.g. PORT=8081 npm run preview`);
      } else {
        console.error(listenError.message);
      }
      watching.close(() => process.exit(1));
    });
    server.listen(port, host, () => {
      const shown = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
      console.log("");
      console.log(`GPU Payback preview: http://${shown}:${port}/`);
      console.log("The add-in's task pane beside a HyperFormula workbook, no Excel needed.");
      console.log("Press Ctrl-C to stop.");
    });
  });

  const stop = () => {
    console.log("\nStopping the preview.");
    watching.close(() => {
      if (server) {
        server.closeAllConnections();
        server.close(() => process.exit(0));
      } else process.exit(0);
    });
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main();
