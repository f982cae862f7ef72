/**
 * What the browser tests share: finding Chromium (skipping only these tests where there is none,
 * failing under CI=true), the project's static server on 127.0.0.1 for the built pages, and a network guard
 * that lets through loopback requests only, serving office.js from node_modules in place of
 * Microsoft's CDN.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import type { AddressInfo } from "net";
import * as path from "path";
import type { BrowserContext } from "playwright-core";
import { contentType, createStaticServer } from "../../scripts/staticServer";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const DIST_PREVIEW = path.join(ROOT, "dist-preview");
export const TEST_OUTPUT = path.join(ROOT, "test-output");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

export const SKIP_LINE = "Browser tests skipped: no Chromium found (apt-get install -y chromium)";

/**
 * CHROMIUM_PATH when set (and then only it), else Debian's /usr/bin/chromium; undefined when that
 * is not an executable file.
 */
export function findChromium(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return fs.statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Chromium's flags for a quiet, sandbox-free, offline run as root in a container. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

/**
 * describe() when Chromium is there. Without it: under CI=true a failing test (never a skip);
 * elsewhere one visible line and describe.skip, so that only the browser tests are skipped.
 */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  const executablePath = findChromium();
  if (executablePath) {
    describe(name, () => body(executablePath));
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("finds Chromium (CI=true: a missing browser is a failure)", () => {
        throw new Error(
          `No Chromium found at ${process.env.CHROMIUM_PATH || "/usr/bin/chromium"}: ` +
            "apt-get install -y chromium (or set CHROMIUM_PATH)"
        );
      });
    });
    return;
  }
  process.stderr.write(`\n${SKIP_LINE}\n`);
  describe.skip(name, () => body(""));
}

/** Builds what the browser tests load when npm test's pretest has not (a lone jest run). */
export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "inherit" });
  }
  if (!fs.existsSync(path.join(DIST_PREVIEW, "index.html"))) {
    execSync("npx webpack --config webpack.preview.config.js --mode production", {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
}

export { contentType };

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves folders under URL prefixes ("/" → dist-preview, "/addin/" → dist) on 127.0.0.1 with the
 * project's one static server (scripts/staticServer.js, as npm run preview does).
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const server = createStaticServer(mounts);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

/**
 * Lets loopback requests through, answers Microsoft's office.js URLs from node_modules and aborts
 * every other request; returns the list of URLs it aborted.
 */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const address = route.request().url();
    const url = new URL(address);
    if (url.protocol === "data:" || url.protocol === "blob:" || isLoopback(url)) {
      await route.continue();
      return;
    }
    if (address.startsWith(OFFICE_CDN)) {
      const relative = path.normalize(
        decodeURIComponent(url.pathname.slice("/lib/1/hosted/".length))
      );
      const file = path.join(OFFICE_JS_DIR, relative);
      if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)) {
        await route.fulfill({ path: file, contentType: contentType(file) });
        return;
      }
    }
    blocked.push(address);
    await route.abort("blockedbyclient");
  });
  return blocked;
}
