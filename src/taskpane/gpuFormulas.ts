/**
 * Which formulas call the GPU.* functions, and the formula that re-entering one writes back.
 *
 * A workbook opened where the add-in has not loaded yet, or saved while it was not loaded, can
 * keep #NAME? in its GPU.* cells after the add-in loads (office-js #4185, #6395, #6611;
 * Excel-Custom-Functions #108); the documented workaround is to enter each formula again. Excel
 * may also hold such a formula in its placeholder form, _xldudf_GPU_GAP(...), sometimes behind a
 * workbook prefix (office-js #3872, #3558): re-entering writes it back as GPU.GAP(...).
 */

/** A GPU.* call, or its placeholder form (optionally behind a 'path'! or book! prefix). */
const GPU_CALL =
  /(^|[^A-Za-z0-9_.\\])(?:(?:'(?:[^']|'')*'|[^\s'"(),;=+\-*/&^<>{}!]+)!)?(GPU\.|_xldudf_GPU_)([A-Za-z0-9_]+)\s*\(/gi;

/** The formula's parts outside string literals ("...", where "" is a quote), in order. */
function outsideStrings(formula: string): string[] {
  return formula.split(/"(?:[^"]|"")*"/);
}

/** Whether a formula calls a GPU.* function (a text that merely mentions one does not). */
export function isGpuFormula(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return outsideStrings(formula).some((part) => {
    GPU_CALL.lastIndex = 0;
    return GPU_CALL.test(part);
  });
}

/** The formula to enter again: the same text, with any placeholder call named GPU.<ID> again. */
export function reenteredFormula(formula: string): string {
  const strings = formula.match(/"(?:[^"]|"")*"/g) ?? [];
  const parts = outsideStrings(formula).map((part) =>
    part.replace(GPU_CALL, (call: string, before: string, form: string, id: string) =>
      form.toUpperCase() === "GPU." ? call : `${before}GPU.${id.toUpperCase()}(`
    )
  );
  return parts.map((part, i) => part + (strings[i] ?? "")).join("");
}
