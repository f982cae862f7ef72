/**
 * The preview's idle-time warm-up and its reading of dates, from node: the warm-up inserts the
 * template on an instance of its own and always destroys it; it waits for the browser to be idle;
 * plain text is answered as "not a date" at once while dates and times still read as before.
 */
import { HyperFormula } from "hyperformula";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { parseDateText } from "../../src/preview/dateText";
import { WARM_UP_ROWS, warmUpEngine, whenIdle } from "../../src/preview/warmUp";
import { buildTemplatePlan } from "../../src/template";

describe("warmUpEngine", () => {
  afterEach(() => jest.restoreAllMocks());

  it("inserts the template with a grown table on a throwaway instance, then destroys it", async () => {
    const inserted: number[] = [];
    const insert = jest
      .spyOn(HyperFormulaHost.prototype, "insertTemplate")
      .mockImplementation(async function (this: HyperFormulaHost, plan) {
        inserted.push(plan.table.rows.length);
        expect(this.sheets.length).toBe(1);
        return "GPU Payback";
      });
    const destroy = jest.spyOn(HyperFormula.prototype, "destroy");
    await warmUpEngine(buildTemplatePlan());
    expect(inserted).toEqual([WARM_UP_ROWS]);
    expect(insert).toHaveBeenCalledTimes(1);
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it("repeats the article's companies to fill the rows it asks for", async () => {
    const plan = buildTemplatePlan();
    let rows: readonly (readonly unknown[])[] = [];
    jest.spyOn(HyperFormulaHost.prototype, "insertTemplate").mockImplementation(async (grown) => {
      rows = grown.table.rows;
      return "GPU Payback";
    });
    await warmUpEngine(plan, plan.table.rows.length + 2);
    expect(rows).toEqual([...plan.table.rows, plan.table.rows[0], plan.table.rows[1]]);
  });

  it("destroys its instance when the insertion fails, and lets the failure be seen", async () => {
    jest
      .spyOn(HyperFormulaHost.prototype, "insertTemplate")
      .mockRejectedValue(new Error("engine broken"));
    const destroy = jest.spyOn(HyperFormula.prototype, "destroy");
    await expect(warmUpEngine(buildTemplatePlan())).rejects.toThrow("engine broken");
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it("really computes: the warm-up's workbook holds the article's gap before it goes", async () => {
    let gap: unknown;
    const destroy = jest.spyOn(HyperFormula.prototype, "destroy").mockImplementationOnce(function (
      this: HyperFormula
    ) {
      gap = this.getCellValue(this.simpleCellAddressFromString("B20", 1)!);
    });
    const plan = buildTemplatePlan();
    // Grown to its own length, the table is the article's table itself: $75B identified.
    await warmUpEngine(plan, plan.table.rows.length);
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(plan.addresses.gap).toBe("B20");
    expect(gap).toBe(125);
  });
});

describe("whenIdle", () => {
  it("asks for the browser's next idle moment, within 2 s", () => {
    const requestIdleCallback = jest.fn();
    const setTimeout = jest.fn();
    const work = () => undefined;
    whenIdle(work, { requestIdleCallback, setTimeout });
    expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: 2000 });
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it("waits 200 ms where the browser has no idle callbacks (Safari)", () => {
    const setTimeout = jest.fn();
    const work = () => undefined;
    whenIdle(work, { setTimeout });
    expect(setTimeout).toHaveBeenCalledWith(work, 200);
  });
});

describe("parseDateText: HyperFormula's date reading, plain text answered at once", () => {
  const defaultParse = HyperFormula.defaultConfig.parseDateTime;
  const formats: [string | undefined, string | undefined][] = [
    ["DD/MM/YYYY", "hh:mm"],
    ["DD/MM/YY", "hh:mm:ss.sss"],
    [undefined, "hh:mm"],
    ["DD/MM/YYYY", undefined],
  ];
  const texts = [
    "02/01/2024",
    " 2/1/24",
    "2-1-2024 10:30",
    "10:30",
    "10:30 pm",
    "9:05am",
    "31/12/1999 23:59:59.5",
    ".5",
    ":30",
    "-1/2/2024",
    "/1/2",
    "Company 1",
    "Other (not itemised)",
    "bench",
    "pm",
    "",
    "   ",
    "June 2024",
    "\t3/4/2025",
  ];

  it.each(texts)("reads %j as HyperFormula's default does, in every format", (text) => {
    for (const [date, time] of formats)
      expect(parseDateText(text, date, time)).toEqual(defaultParse(text, date, time));
  });

  it("still reads a typed date and time in the preview's workbook, and keeps text as text", () => {
    const host = new HyperFormulaHost();
    host.setInput("A1", "02/01/2024");
    host.setInput("A2", "10:30");
    host.setInput("A3", "Company 1");
    // 2 January 2024 (DD/MM/YYYY, HyperFormula's default) is Excel's serial 45293; 10:30 is 0.4375.
    expect(host.value("A1")).toBe(45293);
    expect(host.value("A2")).toBe(0.4375);
    expect(host.value("A3")).toBe("Company 1");
  });
});
