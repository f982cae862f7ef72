/** Errors from Excel.run, as PaneErrors that the pane can explain. */
import { PaneError, type PaneErrorReason } from "./host";

/** Excel's error code for "the workbook, sheet or cell is protected". */
const ACCESS_DENIED = "AccessDenied";

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function reasonFor(code: string | undefined): PaneErrorReason {
  switch (code) {
    case ACCESS_DENIED:
      return "protected";
    case "ApiNotFound":
    case "UnsupportedOperation":
      return "unsupported";
    case "InvalidOperationInCellEditMode":
      return "busy";
    default:
      return "failed";
  }
}

/** Any error from Excel.run as a PaneError the pane can explain. */
export function toPaneError(
  error: unknown,
  details: Partial<PaneError["details"]> = {}
): PaneError {
  if (error instanceof PaneError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return new PaneError(reasonFor(code), message, { ...details, code });
}
