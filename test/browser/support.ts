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
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
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

/** Chromium and the built pages, shared by the tests of one file. */
export interface BrowserSession {
  readonly browser: Browser;
  /** The static server's origin, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
}

/**
 * Builds what is missing, serves `mounts` and launches Chromium before the file's tests (a fresh
 * temporary profile, deleted on close); closes both after them. Call inside describeInBrowser.
 */
export function browserSession(
  executablePath: string,
  mounts: Record<string, string>
): BrowserSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveStatic(mounts);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  }, 300000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("Chromium is not running (outside the file's tests?)");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("The server is not running (outside the file's tests?)");
      return server.origin;
    },
  };
}

/** A page in a context of its own, behind the network guard, with what went wrong in it. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** console.error messages. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions. */
  readonly pageErrors: string[];
  /** The URLs the network guard aborted. */
  readonly blocked: string[];
}

/** Opens `url` in a new context (`options`: viewport, locale, permissions...), watched. */
export async function openWatched(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {}
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const blocked = await guardNetwork(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.goto(url);
  return { page, context, consoleErrors, pageErrors, blocked };
}

/** Everything that went wrong in a watched page: console errors, then uncaught exceptions. */
export function problems(watched: WatchedPage): string[] {
  return [...watched.consoleErrors, ...watched.pageErrors];
}
