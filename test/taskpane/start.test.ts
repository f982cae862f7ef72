/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import type { PaneHost } from "../../src/taskpane/host";
import { start, type OfficeGlobal } from "../../src/taskpane/start";

const DIST = path.resolve(__dirname, "../../dist");
const OUTSIDE =
  "GPU Payback runs inside Excel. Open it from Excel's Home tab, or try it without Excel: npm run preview.";

/** The task pane page's body as the build writes it (the app element with its loading line). */
function page(): void {
  document.body.innerHTML = '<main id="app"><p id="status">Loading GPU Payback…</p></main>';
}

/** What office.js gives the page: Office.onReady resolves with the host (null outside Office). */
function office(host: string | null, displayLanguage = "en-US"): OfficeGlobal {
  return {
    onReady: async () => ({ host: host as unknown as Office.HostType | null }),
    HostType: { Excel: "Excel" as unknown as Office.HostType },
    context: { displayLanguage },
  };
}

const fakeHost: PaneHost = {
  kind: "preview",
  insertTemplate: async (plan) => plan.sheetName,
  insertFormula: async () => "Sheet1!A1",
  recalculate: async () => undefined,
  reenterGpuFormulas: async () => ({ sheet: "Sheet1", formulas: 0 }),
  makePortable: async () => ({ sheet: "Sheet1", source: "Sheet1", converted: 0, untranslated: [] }),
};

describe("the task pane page", () => {
  beforeEach(page);

  it("shows where GPU Payback runs when opened in a plain browser (Office.onReady gives no host)", async () => {
    expect(await start(office(null), document)).toBe("outside-office");
    expect(document.getElementById("outside-office")?.textContent).toBe(OUTSIDE);
    expect(document.getElementById("status")).toBeNull();
    expect(document.getElementById("insert-template")).toBeNull();
  });

  it("shows the same message when office.js did not load at all", async () => {
    expect(await start(undefined, document)).toBe("outside-office");
    expect(document.getElementById("outside-office")?.textContent).toBe(OUTSIDE);
  });

  it("says it in Traditional Chinese to a zh-TW browser, and outside Excel in another Office app", async () => {
    await start(office("Word"), document, { browserLanguage: "zh-TW" });
    expect(document.getElementById("outside-office")?.textContent).toBe(
      "GPU 回本試算需在 Excel 中執行。請從 Excel 的「常用」索引標籤開啟，或不用 Excel 試用：npm run preview。"
    );
  });

  it("in Excel, opens with the welcome the first time only (the page's localStorage remembers)", async () => {
    localStorage.clear();
    await start(office("Excel"), document, { createHost: () => fakeHost });
    expect(document.getElementById("first-run-section")).not.toBeNull();
    document.getElementById("first-run-close")!.click();
    page();
    await start(office("Excel"), document, { createHost: () => fakeHost });
    expect(document.getElementById("insert-template")).not.toBeNull();
    expect(document.getElementById("first-run-section")).toBeNull();
    localStorage.clear();
  });

  it("mounts the pane in Excel, in Office's display language", async () => {
    expect(await start(office("Excel", "zh-TW"), document, { createHost: () => fakeHost })).toBe(
      "pane"
    );
    expect(document.getElementById("outside-office")).toBeNull();
    expect(document.querySelector("h1")?.textContent).toBe("GPU 回本試算");
    expect(document.documentElement.lang).toBe("zh-Hant-TW");
    expect(document.getElementById("insert-template")?.textContent).toBe("插入工作表");
  });

  it("mounts the pane in English for an English Excel, over the Excel host by default", async () => {
    expect(await start(office("Excel", "en-GB"), document)).toBe("pane");
    expect(document.querySelector("h1")?.textContent).toBe("GPU Payback");
    expect(document.getElementById("pane-status")?.getAttribute("role")).toBe("status");
  });
});

describe("the built task pane (dist/taskpane.html and taskpane.js)", () => {
  const html = () => fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");

  it("loads office.js, the functions (shared runtime), the pane and its bundled styles", () => {
    const text = html();
    const scripts = [...text.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(text).toMatch(/<link href="?taskpane\.css"? rel="?stylesheet/);
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(text).not.toMatch(/\son[a-z]+=/i); // no inline event handler
    expect(text).not.toMatch(/\sstyle=/i);
    expect(fs.readFileSync(path.join(DIST, "taskpane.css"), "utf8")).toContain(".gpu-pane");
  });

  it("shows the outside-Office message instead of crashing when office.js is missing", () => {
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html())?.[1] ?? "";
    document.body.innerHTML = body;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    const script = document.createElement("script");
    script.textContent = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    document.head.append(script);
    window.removeEventListener("error", onError);
    expect(errors).toEqual([]);
    expect(document.getElementById("outside-office")?.textContent).toBe(OUTSIDE);
  });
});
