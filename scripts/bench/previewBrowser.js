/**
 * The preview in headless Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH), from the
 * built dist-preview/ served on 127.0.0.1 by the preview's server, every other request aborted:
 *   - time to the first painted cell, against a page that loads HyperFormula alone (its UMD build,
 *     one empty instance built): goal ≤ 1.2×;
 *   - a 10,000-row company table inserted, once the page has warmed its engine in idle time: script
 *     time and time to the next frame (goal ≤ 300 ms); the same before any warm-up, for comparison;
 *   - one edit of GPU spend over that table: script time (≤ 16 ms) and to the next frame (≤ 50 ms);
 *   - scrolling that table: the grid's script per scroll step (≤ 8 ms) and the frame interval;
 *   - a 100,000-row table: inserted, and its gap right;
 *   - an edit to its completed save, and the page-hide copy (scripts/bench/saveTime.js).
 * Medians of several runs in one browser; nothing asserts.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { createStaticServer } = require("../staticServer");
const { ROOT } = require("../lib/require-ts");
const { benchSaving } = require("./saveTime");

const DIST_PREVIEW = path.join(ROOT, "dist-preview");
const HF_UMD = path.join(ROOT, "node_modules", "hyperformula", "dist", "hyperformula.full.min.js");
const LOAD_RUNS = 7;
const EDIT_RUNS = 21;
const INSERT_RUNS = 7;
const SCROLL_STEPS = 120;

/** The baseline: HyperFormula alone, loaded and one empty workbook built. */
const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<script src="/baseline/hyperformula.js"></script>
<script src="/baseline/baseline.js"></script></head><body></body></html>`;
const BASELINE_JS = `HyperFormula.buildEmpty({ licenseKey: "gpl-v3" }); performance.mark("engine-ready");`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The preview's own server (scripts/staticServer.js) over dist-preview/ and the baseline page. */
function serve() {
  const baseline = fs.mkdtempSync(path.join(os.tmpdir(), "gpu-bench-baseline-"));
  fs.writeFileSync(path.join(baseline, "index.html"), BASELINE_HTML);
  fs.writeFileSync(path.join(baseline, "baseline.js"), BASELINE_JS);
  fs.copyFileSync(HF_UMD, path.join(baseline, "hyperformula.js"));
  const server = createStaticServer({ "/baseline/": baseline, "/": DIST_PREVIEW });
  server.on("close", () => fs.rmSync(baseline, { recursive: true, force: true }));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })
    )
  );
}

async function newPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.route("**/*", (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort()
  );
  // In every page: window.nextFrame() resolves after the next frame has been produced.
  await context.addInitScript(() => {
    window.nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });
  return { context, page: await context.newPage() };
}

/** Time (ms from navigation) of a performance mark, waiting for it. */
async function markTime(page, name) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name);
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

async function loadTimes(browser, origin) {
  const preview = [];
  const baseline = [];
  const engine = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    for (const which of i % 2 ? ["baseline", "preview"] : ["preview", "baseline"]) {
      const { context, page } = await newPage(browser, origin);
      if (which === "preview") {
        await page.goto(`${origin}/`);
        preview.push(await markTime(page, "grid-painted"));
        engine.push(await markTime(page, "engine-ready"));
      } else {
        await page.goto(`${origin}/baseline/`);
        baseline.push(await markTime(page, "engine-ready"));
      }
      await context.close();
    }
  }
  return {
    firstCellMs: median(preview),
    engineReadyMs: median(engine),
    baselineMs: median(baseline),
    ratio: median(preview) / median(baseline),
    runs: LOAD_RUNS,
  };
}

/**
 * In the page: inserts the template with a `rows`-row company table and splits the time between
 * HyperFormula's batch (cells, names, recalculation), the grid showing the new sheet (geometry,
 * the cells in view, the chart) and the rest (sheet setup, pane, layout and paint).
 */
function insertTable(page, rows) {
  return page.evaluate(async (rows) => {
    const { host, buildTemplatePlan } = window.gpuPreview;
    const plan = buildTemplatePlan();
    const companies = Array.from({ length: rows }, (_, i) => [
      `Company ${i + 1}`,
      2 ** -7,
      "bench",
    ]);
    let engineMs = 0;
    const batch = host.hf.batch.bind(host.hf);
    host.hf.batch = (work) => {
      const begin = performance.now();
      try {
        return batch(work);
      } finally {
        engineMs += performance.now() - begin;
      }
    };
    let gridMs = 0;
    const grid = window.gpuPreview.view.grid;
    const show = grid.show.bind(grid);
    grid.show = (...args) => {
      const begin = performance.now();
      try {
        return show(...args);
      } finally {
        gridMs += performance.now() - begin;
      }
    };
    const start = performance.now();
    await host.pane.insertTemplate({ ...plan, table: { ...plan.table, rows: companies } });
    const script = performance.now() - start;
    await window.nextFrame();
    const end = performance.now();
    host.hf.batch = batch;
    grid.show = show;
    return {
      scriptMs: script,
      frameMs: end - start,
      engineMs,
      gridMs,
      restMs: end - start - engineMs - gridMs,
      gap: host.value(plan.addresses.gap),
    };
  }, rows);
}

/** The run with the median time to the next frame. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.frameMs - b.frameMs);
  return { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((r) => r.frameMs) };
}

/**
 * The 10,000-row insertion on INSERT_RUNS fresh pages, each page's first insertion. `warm`: after
 * the page's idle-time warm-up (body[data-warm]), as a user who clicks once the page has settled;
 * otherwise with idle callbacks switched off, the engine's code never run before (no goal: it
 * shows what the warm-up saves). Returns the median run and the last page, still open.
 */
async function insertRuns(browser, origin, warm) {
  const runs = [];
  let last;
  for (let i = 0; i < INSERT_RUNS; i++) {
    if (last) await last.context.close();
    last = await newPage(browser, origin);
    if (!warm) await last.page.addInitScript(() => (window.requestIdleCallback = () => 0));
    await last.page.goto(`${origin}/`);
    await last.page.locator(warm ? "body[data-warm=true]" : "body[data-ready=true]").waitFor();
    runs.push(await insertTable(last.page, 10_000));
  }
  return { insert: medianRun(runs), opened: last };
}

async function tableTimes(browser, origin) {
  const cold = await insertRuns(browser, origin, false);
  await cold.opened.context.close();
  const { insert, opened } = await insertRuns(browser, origin, true);
  const { context, page } = opened;

  const edits = [];
  for (let i = 0; i < EDIT_RUNS; i++) {
    edits.push(
      await page.evaluate(
        async (value) => {
          const { host, buildTemplatePlan } = window.gpuPreview;
          const spend = buildTemplatePlan().addresses.spend;
          const start = performance.now();
          host.edit.setInput(spend, value);
          const script = performance.now() - start;
          await window.nextFrame();
          return { scriptMs: script, frameMs: performance.now() - start };
        },
        i % 2 ? "50" : "150"
      )
    );
  }

  const scroll = await page.evaluate(async (steps) => {
    const { view } = window.gpuPreview;
    const scroller = view.scroller;
    const scripts = [];
    const intervals = [];
    let last = performance.now();
    for (let i = 0; i < steps; i++) {
      await new Promise((resolve) =>
        requestAnimationFrame((time) => {
          intervals.push(time - last);
          last = time;
          const start = performance.now();
          scroller.scrollTop += 330; // about fifteen rows a frame
          view.grid.renderVisible();
          scripts.push(performance.now() - start);
          resolve();
        })
      );
    }
    const sorted = (a) => [...a].sort((x, y) => x - y);
    const mid = (a) => sorted(a)[Math.floor(a.length / 2)];
    return {
      scriptMedianMs: mid(scripts),
      scriptP95Ms: sorted(scripts)[Math.floor(scripts.length * 0.95)],
      frameMedianMs: mid(intervals.slice(1)),
      cellsInDom: document.querySelectorAll(".cell").length,
      steps,
    };
  }, SCROLL_STEPS);
  await context.close();

  const big = await newPage(browser, origin);
  await big.page.goto(`${origin}/`);
  await big.page.locator("body[data-ready=true]").waitFor();
  const hundred = await big.page.evaluate(async (rows) => {
    const { host, buildTemplatePlan } = window.gpuPreview;
    const plan = buildTemplatePlan();
    const companies = Array.from({ length: rows }, (_, i) => [`Company ${i + 1}`, 2 ** -6, ""]);
    const start = performance.now();
    await host.pane.insertTemplate({ ...plan, table: { ...plan.table, rows: companies } });
    await window.nextFrame();
    return { ms: performance.now() - start, gap: host.value(plan.addresses.gap) };
  }, 100_000);
  await big.context.close();

  return {
    insert,
    insertCold: cold.insert,
    edit: {
      scriptMs: median(edits.map((e) => e.scriptMs)),
      frameMs: median(edits.map((e) => e.frameMs)),
      runs: edits.length,
    },
    scroll,
    hundredThousand: { ...hundred, expectedGap: 200 - 100_000 * 2 ** -6 },
  };
}

/**
 * A 100,000-row × 2-column paste from the system clipboard (a paste event on the grid), to the
 * last cell in the engine: the total time, and the longest main-thread task meanwhile (the page's
 * responsiveness, PerformanceObserver "longtask": every task over 50 ms).
 */
async function pasteTimes(browser, origin) {
  const { context, page } = await newPage(browser, origin);
  try {
    await page.goto(`${origin}/`);
    await page.locator("body[data-ready=true]").waitFor();
    return await page.evaluate(async () => {
      const { host, view } = window.gpuPreview;
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: "longtask", buffered: false });
      const lines = Array.from({ length: 100_000 }, (_, i) => `Company ${i + 1}\t${i % 97}`);
      const data = new DataTransfer();
      data.setData("text/plain", lines.join("\r\n"));
      view.scroller.focus();
      const start = performance.now();
      document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data }));
      while (host.busy || host.value("A100000") === null)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const totalMs = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      observer.disconnect();
      // For comparison: the same block in one batch (writeBlock), one task, on a fresh sheet.
      await host.pane.insertTemplate(window.gpuPreview.buildTemplatePlan());
      const block = lines.map((line) => line.split("\t"));
      const oneStart = performance.now();
      host.edit.writeBlock({ col: 0, row: 100 }, block);
      const oneBatchMs = performance.now() - oneStart;
      return {
        totalMs,
        longestTaskMs: tasks.length > 0 ? Math.max(...tasks) : 0,
        longTasks: tasks.length,
        oneBatchMs,
      };
    });
  } finally {
    await context.close();
  }
}

/** All the browser measures, or { skipped } when there is no Chromium or no built preview. */
async function benchPreviewBrowser() {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath}` };
  if (!fs.existsSync(path.join(DIST_PREVIEW, "index.html")))
    return { skipped: "dist-preview/ is missing (npm run build:preview)" };
  const { chromium } = require("playwright-core");
  const { server, origin } = await serve();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const load = await loadTimes(browser, origin);
    const table = await tableTimes(browser, origin);
    const paste = await pasteTimes(browser, origin);
    const saving = await benchSaving(async () => {
      const opened = await newPage(browser, origin);
      await opened.page.goto(`${origin}/`);
      return opened;
    });
    return { load, ...table, paste, saving };
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { benchPreviewBrowser };
