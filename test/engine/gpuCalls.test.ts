/**
 * GPU.* calls as the tokenizer reads them: only a function call counts, never "GPU." in a string,
 * a sheet name or a defined name; the placeholder form is written back as GPU.<ID>.
 */
import {
  callsGpuFunction,
  formulaTokens,
  gpuFunctionId,
  reenteredFormula,
} from "../../src/engine/gpuCalls";

describe("GPU.* calls", () => {
  it("count a real call in any case, nested, or in its placeholder form", () => {
    for (const formula of [
      "=gpu.gap(A1:A3,200)",
      "=GPU.GAP(Revenues,B12)",
      "=SUM(1,Gpu.Coverage(A1:A3,200))",
      "=LET(x,1,GPU.gap(x))",
      "=_xldudf_GPU_GAP(A1)",
      "=Book.xla!_xldudf_gpu_gap(A1)",
    ]) {
      expect([formula, callsGpuFunction(formula)]).toEqual([formula, true]);
    }
  });

  it("do not count GPU. in a string, a sheet name, a defined name or another function", () => {
    for (const formula of [
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
    ]) {
      expect([formula, callsGpuFunction(formula)]).toEqual([formula, false]);
    }
  });

  it("are looked for in formulas only, not in values", () => {
    for (const value of ["GPU.GAP(1)", "", 42, null, undefined]) {
      expect(callsGpuFunction(value)).toBe(false);
    }
  });

  it("name their function: GPU.GAP, gpu.gap and _xldudf_GPU_GAP are GAP", () => {
    expect(gpuFunctionId("GPU.GAP")).toBe("GAP");
    expect(gpuFunctionId("gpu.required_revenue")).toBe("REQUIRED_REVENUE");
    expect(gpuFunctionId("_xldudf_GPU_GAP")).toBe("GAP");
    for (const name of ["GPU_GAP", "SUM", "GPU.", "MYGPU.GAP"])
      expect(gpuFunctionId(name)).toBeUndefined();
  });

  it("keep every character of a formula in its tokens", () => {
    for (const formula of ["=gpu.gap(A1) + _xldudf_GPU_GAP (A2)", "='GPU.REVENUE'!A1", '="a""b"']) {
      expect(
        formulaTokens(formula)
          .map((token) => token.value)
          .join("")
      ).toBe(formula);
    }
  });

  it("are written back as GPU.<ID> from the placeholder form, all else untouched", () => {
    expect(reenteredFormula("='GPU.REVENUE'!A1+_xldudf_GPU_GAP(A1)")).toBe(
      "='GPU.REVENUE'!A1+GPU.GAP(A1)"
    );
    expect(reenteredFormula('=_xldudf_GPU_GAP(A1)&"_xldudf_GPU_GAP("')).toBe(
      '=GPU.GAP(A1)&"_xldudf_GPU_GAP("'
    );
    expect(reenteredFormula("='C:\\Add ins\\x.xlam'!_xldudf_GPU_GAP(A1:A3)")).toBe(
      "=GPU.GAP(A1:A3)"
    );
    expect(reenteredFormula("=gpu.gap(A1)")).toBe("=gpu.gap(A1)");
  });
});
