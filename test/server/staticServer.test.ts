/**
 * The project's one static server (scripts/staticServer.js: npm run preview and the browser
 * tests), over real HTTP on 127.0.0.1 against a folder made here, with a secret file beside it:
 *   - nothing outside the served folder comes back, however the path is spelled;
 *   - text is sent brotli- or gzip-compressed when accepted, and decompresses to the file's bytes;
 *   - an ETag revalidates to 304 without a body, and a changed file gets a new ETag and its new bytes.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { createStaticServer, resolveInside } from "../../scripts/staticServer";

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const SECRET = "the secret beside the served folder";

let base: string;
let served: string;
let origin: { port: number };
let server: http.Server;

/** A GET (or other method) sent with the path exactly as written: no client-side normalising. */
function request(
  rawPath: string,
  headers: http.OutgoingHttpHeaders = {},
  method = "GET"
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: origin.port, path: rawPath, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          })
        );
      }
    );
    req.on("error", reject);
    req.end();
  });
}

/** About 60 KB of script-like text that compresses as a bundle does. */
function scriptText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    lines.push(`function gap${i}(spend, energy) { return spend * (1 + energy) / 0.5 - ${i}; }`);
  }
  return lines.join("\n");
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "static-server-"));
  served = path.join(base, "public");
  fs.mkdirSync(path.join(served, "sub"), { recursive: true });
  fs.mkdirSync(path.join(base, "publicity")); // a sibling whose name starts like the served folder
  fs.mkdirSync(path.join(base, "addin"));
  fs.writeFileSync(path.join(base, "secret.txt"), SECRET);
  fs.writeFileSync(path.join(base, "publicity", "notes.txt"), SECRET);
  fs.writeFileSync(path.join(served, "index.html"), "<!doctype html><title>home</title>");
  fs.writeFileSync(path.join(served, "sub", "index.html"), "<!doctype html><title>sub</title>");
  fs.writeFileSync(path.join(served, "app.js"), scriptText());
  fs.writeFileSync(path.join(served, "icon.png"), Buffer.alloc(4096, 7));
  fs.writeFileSync(path.join(base, "addin", "taskpane.html"), "<!doctype html><title>pane</title>");
  server = createStaticServer({ "/addin/": path.join(base, "addin"), "/": served });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = { port: (server.address() as AddressInfo).port };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(base, { recursive: true, force: true });
});

describe("what it serves", () => {
  it("serves a file, index.html for a folder, the longest mount first, ignoring the query", async () => {
    const home = await request("/");
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.body.toString()).toContain("<title>home</title>");
    expect((await request("/sub/")).body.toString()).toContain("<title>sub</title>");
    expect((await request("/addin/taskpane.html")).body.toString()).toContain("pane");
    const script = await request("/app.js?v=2#x");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.body.toString()).toBe(scriptText());
  });

  it("answers 404 for a missing file or folder, 405 for a POST, and HEAD without a body", async () => {
    expect((await request("/missing.js")).status).toBe(404);
    expect((await request("/nothing/")).status).toBe(404);
    expect((await request("/app.js", {}, "POST")).status).toBe(405);
    const head = await request("/app.js", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(scriptText()));
    expect(head.body.length).toBe(0);
  });
});

describe("the path-traversal guard", () => {
  const outside = () => [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/sub/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/%5c..%5csecret.txt",
    `/${encodeURIComponent(path.join(base, "secret.txt"))}`,
    `/${path.join(base, "secret.txt")}`,
    "/../publicity/notes.txt",
    "/%2e%2e%2fpublicity%2fnotes.txt",
    "/addin/..%2fsecret.txt",
    "/addin/%2e%2e/secret.txt",
    "/secret.txt%00.html",
  ];

  it("refuses every spelling of a path out of the folder with 403, never the file", async () => {
    for (const rawPath of outside()) {
      const reply = await request(rawPath);
      expect(`${rawPath} → ${reply.status}`).toBe(`${rawPath} → 403`);
      expect(reply.body.toString()).not.toContain(SECRET);
    }
  });

  it("resolves only to files inside the folder", () => {
    expect(resolveInside(served, "/sub/index.html")).toBe(path.join(served, "sub", "index.html"));
    expect(resolveInside(served, "/")).toBe(path.join(served, "index.html"));
    expect(resolveInside(served, "/a%20b.txt")).toBe(path.join(served, "a b.txt"));
    expect(resolveInside(served, "/sub/../app.js")).toBe(path.join(served, "app.js"));
    expect(resolveInside(served, "/%E0%A4%A")).toBeNull(); // not decodable
    for (const rawPath of outside().filter((p) => !p.startsWith("/addin/"))) {
      expect(`${rawPath}: ${resolveInside(served, rawPath)}`).toBe(`${rawPath}: null`);
    }
  });
});

describe("compression", () => {
  it("sends brotli when accepted, gzip otherwise, each decompressing to the file's bytes", async () => {
    const original = fs.readFileSync(path.join(served, "app.js"));
    const br = await request("/app.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 5);

    const gzip = await request("/app.js", { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(original)).toBe(true);
    expect(gzip.body.length).toBeLessThan(original.length / 5);

    const refused = await request("/app.js", { "Accept-Encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(original)).toBe(true);
    const any = await request("/app.js", { "Accept-Encoding": "*" });
    expect(any.headers["content-encoding"]).toBe("br");
  });

  it("sends images and tiny files as they are", async () => {
    const png = await request("/icon.png", { "Accept-Encoding": "gzip, br" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.equals(Buffer.alloc(4096, 7))).toBe(true);
    const tiny = await request("/", { "Accept-Encoding": "gzip, br" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
  });
});

describe("caching", () => {
  it("revalidates: Cache-Control no-cache, an ETag, and 304 without a body when it matches", async () => {
    for (const encoding of ["identity", "gzip", "br"]) {
      const first = await request("/app.js", { "Accept-Encoding": encoding });
      expect(first.status).toBe(200);
      expect(first.headers["cache-control"]).toBe("no-cache");
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await request("/app.js", {
        "Accept-Encoding": encoding,
        "If-None-Match": `"other", W/${etag}`,
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
    }
  });

  it("gives each encoding its own ETag, and a changed file a new one with its new bytes", async () => {
    const identity = await request("/app.js");
    const gzip = await request("/app.js", { "Accept-Encoding": "gzip" });
    expect(gzip.headers.etag).not.toBe(identity.headers.etag);
    expect(
      (
        await request("/app.js", {
          "Accept-Encoding": "gzip",
          "If-None-Match": identity.headers.etag,
        })
      ).status
    ).toBe(200);

    const file = path.join(served, "app.js");
    const changed = scriptText().replace("gap0", "gapZero");
    fs.writeFileSync(file, changed); // same size or not: the new bytes must come back
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    for (const [encoding, before] of [
      ["identity", identity],
      ["gzip", gzip],
    ] as const) {
      const reply = await request("/app.js", {
        "Accept-Encoding": encoding,
        "If-None-Match": before.headers.etag,
      });
      expect(reply.status).toBe(200);
      expect(reply.headers.etag).not.toBe(before.headers.etag);
      const text = encoding === "gzip" ? zlib.gunzipSync(reply.body) : reply.body;
      expect(text.toString()).toBe(changed);
    }
  });
});
