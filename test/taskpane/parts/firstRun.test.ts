/** @jest-environment jsdom */
import { mountPane } from "../../../src/taskpane/pane";
import { PANE_TEXT } from "../../../src/taskpane/paneText";
import {
  browserFirstRunStore,
  firstRunPart,
  type FirstRunStore,
} from "../../../src/taskpane/parts/firstRun";
import { buildTemplatePlan } from "../../../src/template";
import { partContext, RecordingHost, settle } from "../paneSupport";

/** A store in memory that counts what the part asks of it. */
function memoryStore(seen = false): FirstRunStore & { remembered: number } {
  const store = {
    remembered: 0,
    seen: () => seen,
    remember: () => {
      seen = true;
      store.remembered++;
    },
  };
  return store;
}

function mounted(store: FirstRunStore | undefined, language: "en" | "zh-TW" = "en") {
  const { root, $ } = partContext(language);
  const host = new RecordingHost();
  mountPane(root, host, { language, firstRun: store });
  return { root, $, host };
}

describe("the first-run view", () => {
  it("opens the pane the first time: what the add-in does and Insert sheet, in the pane's language", () => {
    const { root, $ } = mounted(memoryStore());
    const sections = Array.from(root.querySelectorAll("section")).map((s) => s.id);
    expect(sections[0]).toBe("first-run-section");
    expect($("#first-run-heading").textContent).toBe("Welcome to GPU Payback");
    expect($("#first-run-what").textContent).toContain("GPU.* functions");
    expect($("#first-run-insert").textContent).toBe("Insert sheet");
    expect(mounted(memoryStore(), "zh-TW").$("#first-run-insert").textContent).toBe("插入工作表");
    expect(PANE_TEXT["zh-TW"].firstRun.heading).toBe("歡迎使用 GPU 回本試算");
  });

  it("Insert sheet inserts the template with the insert part's choices, closes the welcome and remembers it", async () => {
    const store = memoryStore();
    const { root, $, host } = mounted(store);
    $("#first-run-insert").click();
    await settle();
    expect(host.plans).toEqual([
      buildTemplatePlan({
        preset: "sept2023",
        language: "en",
        includeGrid: true,
        includeChart: true,
      }),
    ]);
    expect(root.querySelector("#first-run-section")).toBeNull();
    expect(store.remembered).toBe(1);
    expect($("#pane-status").textContent).toContain("Inserted sheet");
  });

  it("Close closes it without touching the workbook, and a pane opened after does not show it", () => {
    const store = memoryStore();
    const first = mounted(store);
    first.$("#first-run-close").click();
    expect(first.root.querySelector("#first-run-section")).toBeNull();
    expect(first.host.plans).toEqual([]);
    expect(mounted(store).root.querySelector("#first-run-section")).toBeNull();
  });

  it("is not there without a store (the preview), nor once seen", () => {
    expect(mounted(undefined).root.querySelector("#first-run-section")).toBeNull();
    const { context } = partContext();
    expect(firstRunPart(context, memoryStore(true), () => undefined)).toBeNull();
  });
});

describe("the browser's first-run store", () => {
  beforeEach(() => localStorage.clear());

  it("remembers in localStorage under its key", () => {
    const store = browserFirstRunStore(() => localStorage, "k");
    expect(store.seen()).toBe(false);
    store.remember();
    expect(localStorage.getItem("k")).toBe("1");
    expect(browserFirstRunStore(() => localStorage, "k").seen()).toBe(true);
    expect(browserFirstRunStore(() => localStorage, "other").seen()).toBe(false);
  });

  it("where storage is refused, says not seen and remembers nothing, without throwing", () => {
    const refused = () => {
      throw new DOMException("denied", "SecurityError");
    };
    const store = browserFirstRunStore(refused);
    expect(store.seen()).toBe(false);
    expect(() => store.remember()).not.toThrow();
    expect(browserFirstRunStore(() => undefined).seen()).toBe(false);
  });
});
