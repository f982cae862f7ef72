/**
 * The preview's saving in headless Chromium: the time from an edit (GPU spend set through the host)
 * to its save's completed IndexedDB transaction (body[data-save] back to "saved"), the quarter
 * second's wait after the last change included; on the template alone and with a 10,000-row
 * company table (and 3 edits with 100,000 rows). Also what the page-hide copy costs on those
 * workbooks: JSON and localStorage.setItem, or its refusal over the quota. Medians of SAVE_RUNS
 * edits on one page; nothing asserts.
 */
const SAVE_RUNS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** In the page: inserts the template with `rows` companies and waits for its save. */
function insert(page, rows) {
  return page.evaluate(async (rows) => {
    const { host, buildTemplatePlan, autosave } = window.gpuPreview;
    const plan = buildTemplatePlan();
    const companies = Array.from({ length: rows }, (_, i) => [`Company ${i + 1}`, 2 ** -7, ""]);
    const table = rows ? { ...plan.table, rows: companies } : plan.table;
    await host.pane.insertTemplate({ ...plan, table });
    await autosave.flush();
  }, rows);
}

/** In the page: one edit, and the time until the page says "saved" again. */
function editToSaved(page, value) {
  return page.evaluate((value) => {
    const { host, buildTemplatePlan } = window.gpuPreview;
    const spend = buildTemplatePlan().addresses.spend;
    return new Promise((resolve) => {
      let start = 0;
      const watch = new MutationObserver(() => {
        if (document.body.dataset.save !== "saved") return;
        watch.disconnect();
        resolve(performance.now() - start);
      });
      watch.observe(document.body, { attributes: true, attributeFilter: ["data-save"] });
      start = performance.now();
      host.edit.setInput(spend, value);
    });
  }, value);
}

/** In the page: the page-hide copy of the workbook as it is (JSON, then localStorage). */
function pageHideCopy(page) {
  return page.evaluate(() => {
    const { host } = window.gpuPreview;
    const start = performance.now();
    const text = JSON.stringify(host.persistence.saved());
    const json = performance.now();
    let stored = true;
    try {
      localStorage.setItem("gpu-payback-bench", text);
    } catch {
      stored = false;
    }
    const end = performance.now();
    localStorage.removeItem("gpu-payback-bench");
    return { jsonMs: json - start, setItemMs: end - json, bytes: text.length * 2, stored };
  });
}

async function saveTimesOn(newPage, rows, edits = SAVE_RUNS) {
  const { context, page } = await newPage();
  try {
    await page.locator("body[data-ready=true]").waitFor();
    await insert(page, rows);
    const runs = [];
    for (let i = 0; i < edits; i++) runs.push(await editToSaved(page, i % 2 ? "50" : "150"));
    return { medianMs: median(runs), runs, copy: await pageHideCopy(page) };
  } finally {
    await context.close();
  }
}

/** `newPage()`: a fresh context's page on the preview, already navigated. */
async function benchSaving(newPage) {
  return {
    template: await saveTimesOn(newPage, 0),
    table10k: await saveTimesOn(newPage, 10_000),
    table100k: await saveTimesOn(newPage, 100_000, 3),
  };
}

module.exports = { benchSaving };
