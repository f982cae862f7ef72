/**
 * The pane's view of the active sheet in Excel: worksheets.onActivated (ExcelApi 1.7), told as the
 * activated sheet's name. Without ExcelApi 1.7 nothing is told, and the status stays as it was.
 */
import type { ExcelEnvironment } from "./excelHost";
import type { WatchActiveSheet } from "./parts/status";

function supported(environment: ExcelEnvironment): boolean {
  try {
    return environment.isSetSupported("ExcelApi", "1.7");
  } catch {
    return false; // no Office to ask (a page outside Excel)
  }
}

export function excelActiveSheetWatch(environment: ExcelEnvironment): WatchActiveSheet {
  return (listener) => {
    if (!supported(environment)) return;
    void environment
      .run(async (context) => {
        context.workbook.worksheets.onActivated.add(async (event) => {
          await environment.run(async (inner) => {
            const sheet = inner.workbook.worksheets.getItem(event.worksheetId);
            sheet.load("name");
            await inner.sync();
            listener(sheet.name);
          });
        });
        await context.sync();
      })
      .catch(() => undefined); // no event: the status stays until the next action
  };
}
