import { isGpuFormula, reenteredFormula } from "../../src/taskpane/gpuFormulas";

describe("GPU formulas to re-enter", () => {
  it("finds the formulas that call a GPU.* function, in any case and nested", () => {
    for (const formula of [
      "=GPU.GAP(Revenues,B12)",
      "=gpu.required_revenue(B6,B7,B8)",
      "=ROUND(GPU.COVERAGE(A1:A3, 200), 2)",
      "=1+GPU.ARTICLE_TABLE()",
      "=_xldudf_GPU_GAP(Revenues,B12)",
      "=BloombergUI.xla!_xldudf_GPU_DATACENTER_COST(50,1)",
      "='C:\\Add ins\\x.xlam'!_xldudf_GPU_GAP(A1:A3)",
      '=IF(B6="","",GPU.DATACENTER_COST(B6,B7))',
    ])
      expect([formula, isGpuFormula(formula)]).toEqual([formula, true]);
  });

  it("leaves out values, other formulas, and texts that only mention GPU", () => {
    for (const value of [
      "GPU.GAP(1)",
      "=SUM(A1:A3)",
      '="GPU.GAP(1)"',
      '="say ""GPU.GAP("" here"',
      "=MYGPU.GAP(1)",
      "=GPU_GAP(1)",
      "=NVDA.GPU.GAP(1)",
      "=GPU.GAP",
      42,
      null,
      "",
    ])
      expect([value, isGpuFormula(value)]).toEqual([value, false]);
  });

  it("writes a formula back as it is, and a placeholder call as GPU.<ID>", () => {
    expect(reenteredFormula("=GPU.GAP(Revenues,B12)")).toBe("=GPU.GAP(Revenues,B12)");
    expect(reenteredFormula("=_xldudf_GPU_REQUIRED_REVENUE(B6,B7,B8)")).toBe(
      "=GPU.REQUIRED_REVENUE(B6,B7,B8)"
    );
    expect(reenteredFormula("=Book.xla!_xldudf_GPU_GAP(A1:A3)+_xldudf_gpu_coverage(A1:A3)")).toBe(
      "=GPU.GAP(A1:A3)+GPU.COVERAGE(A1:A3)"
    );
    expect(reenteredFormula('=IF(B6="_xldudf_GPU_GAP(",1,_xldudf_GPU_GAP(A1))')).toBe(
      '=IF(B6="_xldudf_GPU_GAP(",1,GPU.GAP(A1))'
    );
    expect(reenteredFormula("=gpu.gap(A1) + _xldudf_GPU_GAP (A2)")).toBe(
      "=gpu.gap(A1) + GPU.GAP(A2)"
    );
  });
});
