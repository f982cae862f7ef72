/**
 * A killed browser loses nothing that was called saved: Chromium started here on a profile
 * directory of its own (--remote-debugging-port, playwright's connectOverCDP), an edit made, and
 * once the page says "saved" the whole browser is killed with SIGKILL (no unload, no flush) and
 * started again on the same profile: the edit is there.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import {
  CHROMIUM_ARGS,
  DIST_PREVIEW,
  describeInBrowser,
  ensureBuilt,
  guardNetwork,
  serveStatic,
  type StaticServer,
} from "./support";
import { cellText, ready, saveState, settled, typeInto } from "./savingSupport";

interface Running {
  readonly process: ChildProcess;
  readonly browser: Browser;
}

/** Starts Chromium on `profile` and connects to it once it prints its DevTools address. */
async function launch(executablePath: string, profile: string): Promise<Running> {
  const child = spawn(
    executablePath,
    [...CHROMIUM_ARGS, "--headless", "--remote-debugging-port=0", `--user-data-dir=${profile}`],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] }
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

/** SIGKILL to Chromium's whole process group (the browser and its renderers), as a crash. */
async function kill(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.process.once("exit", resolve));
  process.kill(-(running.process.pid as number), "SIGKILL");
  await exited;
}

describeInBrowser("a killed browser in Chromium", (executablePath) => {
  let server: StaticServer | undefined;
  let profile = "";
  let running: Running | undefined;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveStatic({ "/": DIST_PREVIEW });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "gpu-crash-profile-"));
  }, 300000);
  afterAll(async () => {
    const alive = running?.process.exitCode === null && running.process.signalCode === null;
    if (running && alive) await kill(running);
    await server?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  async function openPreview(current: Running) {
    const context = current.browser.contexts()[0];
    await guardNetwork(context);
    const page = await context.newPage();
    await page.goto(`${server?.origin}/`);
    await ready(page);
    return page;
  }

  it("an edit called saved survives SIGKILL of the whole browser", async () => {
    running = await launch(executablePath, profile);
    const page = await openPreview(running);
    await typeInto(page, "C3", "=20*21");
    await settled(page);
    await expect(saveState(page)).resolves.toBe("saved");
    await kill(running);

    running = await launch(executablePath, profile);
    const again = await openPreview(running);
    await expect(cellText(again, "C3")).resolves.toBe("420");
    await kill(running);
  }, 120000);
});
