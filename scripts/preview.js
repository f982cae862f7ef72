/* eslint-disable no-undef */
/**
 * npm run preview: builds the preview (webpack.preview.config.js, development mode, rebuilt when a
 * source file changes) and serves dist-preview/ over plain http until Ctrl-C.
 *   PORT=8080 (default)   HOST=127.0.0.1 (default; HOST=0.0.0.0 to reach it from another machine)
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist-preview");
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server for one folder: "/" is index.html; nothing outside the folder is served. */
function createStaticServer(dir) {
  return http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(dir, path.normalize(pathname));
    if (file !== dir && !file.startsWith(dir + path.sep)) {
      response.writeHead(403).end("Forbidden");
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(request.method === "HEAD" ? undefined : data);
    });
  });
}

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

module.exports = { createStaticServer };

if (require.main === module) main();
