/**
 * The preview's idle-time warm-up, from node: it inserts the template on an instance of its own
 * and always destroys it; it waits for the browser to be idle.
 */
import { HyperFormula } from "hyperformula";
import { PreviewPane } from "../../src/preview/previewPane";
import { WARM_UP_ROWS, warmUpEngine, whenIdle } from "../../src/preview/warmUp";
import { buildTemplatePlan } from "../../src/template";

describe("warmUpEngine", () => {
  afterEach(() => jest.restoreAllMocks());

  it("inserts the template with a grown table on a throwaway instance, then destroys it", async () => {
    const inserted: number[] = [];
    const insert = jest
      .spyOn(PreviewPane.prototype, "insertTemplate")
      .mockImplementation(async (plan) => {
        inserted.push(plan.table.rows.length);
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
    jest.spyOn(PreviewPane.prototype, "insertTemplate").mockImplementation(async (grown) => {
      rows = grown.table.rows;
      return "GPU Payback";
    });
    await warmUpEngine(plan, plan.table.rows.length + 2);
    expect(rows).toEqual([...plan.table.rows, plan.table.rows[0], plan.table.rows[1]]);
  });

  it("destroys its instance when the insertion fails, and lets the failure be seen", async () => {
    jest
      .spyOn(PreviewPane.prototype, "insertTemplate")
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
