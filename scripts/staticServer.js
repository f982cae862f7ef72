/**
 * The one static file server of the project: `npm run preview` (scripts/preview.js) serves
 * dist-preview/ with it and the browser tests (test/browser/support.ts) serve dist/ and
 * dist-preview/ with it. Node's http and zlib only.
 *   - mounts: URL prefixes to folders ({ "/addin/": dist, "/": dist-preview }); "…/" is index.html;
 *   - nothing outside a mounted folder is ever served (resolveInside: encoded ../, backslashes,
 *     NUL bytes and absolute paths are refused with 403);
 *   - brotli or gzip for text when the browser accepts it (Vary: Accept-Encoding);
 *   - an ETag per representation (a hash of the bytes) with Cache-Control: no-cache, so that a
 *     reload revalidates (304, no body) and a rebuilt file (same name, new bytes) is fetched anew.
 * Compressed bodies are kept in memory until the file's size or modification time changes.
 */
const crypto = require("crypto");
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** The Content-Type of a file, from its extension. */
function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
}

/** Text compresses; images (png) are compressed already. */
function isCompressible(type) {
  return /^text\/|^application\/(json|xml|javascript)|^image\/svg\+xml/.test(type);
}

/** Below this size a compressed body saves too little to be worth the work. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * The file a URL path names inside a folder ("" and "…/" name index.html), or null when it is
 * not a plain path (a NUL byte; a backslash, a separator on Windows) or, once percent-decoded and
 * resolved, lies outside the folder (../ however encoded, absolute paths).
 */
function resolveInside(dir, urlPath) {
  const root = path.resolve(dir);
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded)) return null;
  let relative = decoded.replace(/^\//, "");
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

/** The pathname of a request's target, query and fragment removed, not yet decoded. */
function targetPath(url) {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The encodings a request accepts, best first: "br", "gzip" (q=0 refuses one). */
function acceptedEncodings(header) {
  const accepted = new Map();
  for (const part of String(header || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const wildcard = accepted.get("*");
  return ["br", "gzip"].filter((name) => (accepted.get(name) ?? wildcard ?? 0) > 0);
}

function compress(encoding, bytes) {
  return encoding === "br"
    ? zlib.brotliCompressSync(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : zlib.gzipSync(bytes, { level: 9 });
}

/**
 * A file's bytes, its hash and its compressed forms, read again when its size or modification
 * time changes (webpack's watch rebuilds rewrite dist-preview/ in place).
 */
class FileCache {
  constructor() {
    this.entries = new Map();
  }

  async get(file) {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
    const known = this.entries.get(file);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known;
    const bytes = await fs.promises.readFile(file);
    const hash = crypto.createHash("sha256").update(bytes).digest("base64url").slice(0, 22);
    const entry = {
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      bytes,
      hash,
      type: contentType(file),
      encoded: new Map(),
    };
    this.entries.set(file, entry);
    return entry;
  }

  /** The body for an encoding ("identity", "br", "gzip"), compressed once per file version. */
  body(entry, encoding) {
    if (encoding === "identity") return entry.bytes;
    if (!entry.encoded.has(encoding)) entry.encoded.set(encoding, compress(encoding, entry.bytes));
    return entry.encoded.get(encoding);
  }
}

/** Whether If-None-Match names this representation's ETag (weak comparison, as RFC 9110 asks). */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * An http.Server for folders under URL prefixes. `mounts` is a folder (served at "/") or an object
 * from prefix ("/addin/", "/") to folder; the longest matching prefix wins.
 */
function createStaticServer(mounts) {
  const table = typeof mounts === "string" ? { "/": mounts } : mounts;
  const prefixes = Object.keys(table).sort((a, b) => b.length - a.length);
  const cache = new FileCache();

  const handle = async (request, response) => {
    const send = (status, text, headers = {}) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      response.end(request.method === "HEAD" ? undefined : text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(405, "Method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    const pathname = targetPath(request.url || "/");
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) {
      send(404, "Not found");
      return;
    }
    const file = resolveInside(table[prefix], "/" + pathname.slice(prefix.length));
    if (!file) {
      send(403, "Forbidden");
      return;
    }
    let entry;
    try {
      entry = await cache.get(file);
    } catch {
      send(404, "Not found");
      return;
    }
    const encoding =
      isCompressible(entry.type) && entry.size >= MIN_COMPRESSED_BYTES
        ? (acceptedEncodings(request.headers["accept-encoding"])[0] ?? "identity")
        : "identity";
    const etag = `"${entry.hash}${encoding === "identity" ? "" : `-${encoding}`}"`;
    const headers = {
      ETag: etag,
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    };
    if (matches(request.headers["if-none-match"], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = cache.body(entry, encoding);
    response.writeHead(200, {
      ...headers,
      "Content-Type": entry.type,
      "Content-Length": body.length,
      ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  };

  return http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(`Server error: ${error.message}`);
    });
  });
}

module.exports = { TYPES, acceptedEncodings, contentType, createStaticServer, resolveInside };
