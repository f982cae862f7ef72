/**
 * What the preview server (scripts/staticServer.js) sends for dist-preview/preview.js over
 * loopback HTTP: the bytes as they are, gzip and brotli, and a reload's revalidation (304, no
 * body). Skipped when dist-preview/ is not built (npm run build:preview).
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { createStaticServer } = require("../staticServer");
const { ROOT } = require("../lib/require-ts");

const DIST_PREVIEW = path.join(ROOT, "dist-preview");
const FILE = "preview.js";

function get(port, headers) {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: `/${FILE}`, headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () =>
        resolve({ status: response.statusCode, bytes, headers: response.headers })
      );
    });
    request.on("error", reject);
  });
}

async function benchPreviewServer() {
  if (!fs.existsSync(path.join(DIST_PREVIEW, FILE))) {
    return { skipped: "needs dist-preview/ (npm run build:preview)" };
  }
  const server = createStaticServer(DIST_PREVIEW);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  try {
    const raw = await get(port, {});
    const gzip = await get(port, { "Accept-Encoding": "gzip" });
    const br = await get(port, { "Accept-Encoding": "gzip, deflate, br" });
    const reload = await get(port, {
      "Accept-Encoding": "gzip, deflate, br",
      "If-None-Match": br.headers.etag,
    });
    return {
      file: FILE,
      rawBytes: raw.bytes,
      gzipBytes: gzip.headers["content-encoding"] === "gzip" ? gzip.bytes : undefined,
      brBytes: br.headers["content-encoding"] === "br" ? br.bytes : undefined,
      cacheControl: br.headers["cache-control"],
      reloadStatus: reload.status,
      reloadBytes: reload.bytes,
    };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

module.exports = { benchPreviewServer };
