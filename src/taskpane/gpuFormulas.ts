/**
 * Which formulas call the GPU.* functions, and the formula that re-entering one writes back.
 *
 * A workbook opened where the add-in has not loaded yet, or saved while it was not loaded, can
 * keep #NAME? in its GPU.* cells after the add-in loads (office-js #4185, #6395, #6611;
 * Excel-Custom-Functions #108); the documented workaround is to enter each formula again. Excel
 * may also hold such a formula in its placeholder form, _xldudf_GPU_GAP(...), sometimes behind a
 * workbook prefix (office-js #3872, #3558): re-entering writes it back as GPU.GAP(...).
 * Both are read by the tokenizer (src/engine/gpuCalls.ts), as "Make this sheet portable" reads them.
 */

import { callsGpuFunction } from "../engine/gpuCalls";

export { reenteredFormula } from "../engine/gpuCalls";

/** Whether a cell's formula calls a GPU.* function (a text or a name that merely mentions one does not). */
export const isGpuFormula = (formula: unknown): formula is string => callsGpuFunction(formula);
