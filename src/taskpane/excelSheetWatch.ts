/**
 * The pane's view of the active sheet in Excel: worksheets.onActivated (ExcelApi 1.7), told as the
 * activated sheet's name. Without ExcelApi 1.7 nothing is told, and the status stays as it was.
 */
import type { ExcelEnvironment } from "./excelHost";
import type { WatchActiveSheet } from "./parts/status";

/** The name of the sheet with this id. */
function sheetName(environment: ExcelEnvironment, id: string): Promise<string> {
  return environment.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id).load("name");
    await context.sync();
    return sheet.name;
  });
}

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
          listener(await sheetName(environment, event.worksheetId));
        });
        await context.sync();
      })
      .catch(() => undefined); // no event: the status stays until the next action
  };
}
