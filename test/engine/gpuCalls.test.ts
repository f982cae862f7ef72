/**
 * GPU.* calls as the tokenizer reads them: only a function call counts, never "GPU." in a string,
 * a sheet name or a defined name; the placeholder form is written back as GPU.<ID>.
 */
import * as gpu from "../../src/engine/gpuCalls";

const CALLS = [
  "=gpu.gap(A1:A3,200)",
  "=GPU.GAP(Revenues,B12)",
  "=SUM(1,Gpu.Coverage(A1:A3,200))",
  "=LET(x,1,GPU.gap(x))",
  "=_xldudf_GPU_GAP(A1)",
  "=Book.xla!_xldudf_gpu_gap(A1)",
];

/** GPU. in a string, a sheet name, a defined name, another add-in's function; and values. */
const NOT_CALLS: unknown[] = [
  '="GPU.GAP(A1)"',
  "='GPU.REVENUE'!A1",
  "='GPU.GAP(1)'!A1+1",
  "=GPU.REVENUE",
  "=GPU.REVENUE*2",
  "=SUM(GPU.REVENUE)",
  "=GPU_GAP(1)",
  "=MYGPU.GAP(1)",
  "=NVDA.GPU.GAP(1)",
  "=SUM(A1:A3)",
  "GPU.GAP(1)",
  "",
  42,
  null,
  undefined,
];

/** The placeholder form and what re-entering writes; everything else stays as it was. */
const REENTERED: Array<[string, string]> = [
  ["='GPU.REVENUE'!A1+_xldudf_GPU_GAP(A1)", "='GPU.REVENUE'!A1+GPU.GAP(A1)"],
  ['=_xldudf_GPU_GAP(A1)&"_xldudf_GPU_GAP("', '=GPU.GAP(A1)&"_xldudf_GPU_GAP("'],
  ["='C:\\Add ins\\x.xlam'!_xldudf_GPU_GAP(A1:A3)", "=GPU.GAP(A1:A3)"],
  ["=gpu.gap(A1)", "=gpu.gap(A1)"],
  // spaces between the stored name and its bracket go with the name
  ["=_xldudf_GPU_GAP (A2)+1", "=GPU.GAP(A2)+1"],
];

describe("GPU.* calls", () => {
  it.each(CALLS)("%s calls one", (formula) => {
    expect(gpu.callsGpuFunction(formula)).toBe(true);
  });

  it.each(NOT_CALLS)("%p calls none", (formula) => {
    expect(gpu.callsGpuFunction(formula)).toBe(false);
  });

  it.each(REENTERED)("%s is entered again as %s", (formula, again) => {
    expect(gpu.reenteredFormula(formula)).toBe(again);
  });

  it("name their function: GPU.GAP, gpu.gap and _xldudf_GPU_GAP are GAP", () => {
    const ids = ["GPU.GAP", "gpu.required_revenue", "_xldudf_GPU_GAP", "GPU_GAP", "SUM", "GPU."];
    expect(ids.map(gpu.gpuFunctionId)).toEqual(["GAP", "REQUIRED_REVENUE", "GAP", ...Array(3)]);
  });

  it("name none for a name that only starts like one: GPU.GAPé is another function", () => {
    expect(gpu.gpuFunctionId("GPU.GAPé")).toBeUndefined();
    expect(gpu.gpuFunctionId("_xldudf_GPU_GAP (")).toBeUndefined();
  });

  it("count a formula the tokenizer cannot read that mentions GPU.: reported, not passed over", () => {
    expect(gpu.formulaTokens('="GPU."&`').map((token) => token.type)).toContain("unknown");
    expect(gpu.callsGpuFunction('="GPU."&`')).toBe(true);
    expect(gpu.callsGpuFunction("=SUM(1)&`")).toBe(false);
  });

  it("keep every character of a formula in its tokens", () => {
    const formulas = ["=gpu.gap(A1) + _xldudf_GPU_GAP (A2)", "='GPU.REVENUE'!A1", '="a""b"'];
    const joined = formulas.map((f) =>
      gpu
        .formulaTokens(f)
        .map((token) => token.value)
        .join("")
    );
    expect(joined).toEqual(formulas);
  });
});
