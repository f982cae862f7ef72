/** Excel's sheet activations, told to the pane by name (a fake Excel.run with onActivated). */
import { excelActiveSheetWatch } from "../../src/taskpane/excelSheetWatch";
import type { ExcelEnvironment } from "../../src/taskpane/excelHost";

type Handler = (event: { worksheetId: string }) => Promise<void>;

function fakeExcel(supported: boolean) {
  const handlers: Handler[] = [];
  const names: Record<string, string> = { "{1}": "Sheet1", "{2}": "GPU Payback 2024" };
  const context = {
    workbook: {
      worksheets: {
        onActivated: { add: (handler: Handler) => handlers.push(handler) },
        getItem: (id: string) => ({
          load() {
            return this;
          },
          name: names[id],
        }),
      },
    },
    sync: async () => undefined,
  };
  const environment: ExcelEnvironment = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => supported && name === "ExcelApi" && version === "1.7",
  };
  return {
    environment,
    activate: (id: string) => Promise.all(handlers.map((h) => h({ worksheetId: id }))),
    handlers,
  };
}

describe("excelActiveSheetWatch", () => {
  it("tells each activated sheet's name", async () => {
    const excel = fakeExcel(true);
    const told: string[] = [];
    excelActiveSheetWatch(excel.environment)((sheet) => told.push(sheet));
    await Promise.resolve();
    await excel.activate("{2}");
    await excel.activate("{1}");
    expect(told).toEqual(["GPU Payback 2024", "Sheet1"]);
  });

  it("tells nothing without ExcelApi 1.7, or without Office at all", async () => {
    const excel = fakeExcel(false);
    excelActiveSheetWatch(excel.environment)(() => undefined);
    expect(excel.handlers).toHaveLength(0);
    const throwing: ExcelEnvironment = {
      ...excel.environment,
      isSetSupported: () => {
        throw new ReferenceError("Office is not defined");
      },
    };
    expect(() => excelActiveSheetWatch(throwing)(() => undefined)).not.toThrow();
  });
});
