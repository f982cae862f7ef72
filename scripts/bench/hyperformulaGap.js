/**
 * GPU.GAP over 1,000,000 cells in the preview's HyperFormula against a native =200-SUM(range)
 * over the same cells in the same instance (goal: ≤ 1.0×). Each run evaluates the formula with
 * HyperFormula's calculateFormula (parsed, its range read and computed, nothing left in the
 * sheet), GAP and SUM alternating which goes first; the ratio is the median of the paired ratios.
 */
const path = require("path");
const { performance } = require("perf_hooks");
const { registerTypeScript, ROOT } = require("../lib/require-ts");

const CELLS = 1_000_000;
const WARM_UP = 2;
const RUNS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Revenues in $B with two decimals, the same every run. */
function revenues(count) {
  let state = 12345;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return [Math.floor((state / 2147483648) * 10_000) / 100];
  });
}

function benchHyperFormulaGap() {
  registerTypeScript();
  const { HyperFormula } = require("hyperformula");
  const { registerGpuPlugin } = require(path.join(ROOT, "src", "preview", "gpuPlugin.ts"));
  registerGpuPlugin();
  const hf = HyperFormula.buildFromArray(revenues(CELLS), {
    licenseKey: "gpl-v3",
    smartRounding: false,
    maxRows: CELLS + 10,
  });
  const range = `A1:A${CELLS}`;
  const formulas = { gap: `=GPU.GAP(${range})`, sum: `=200-SUM(${range})` };

  const evaluate = (formula) => {
    const begin = performance.now();
    const value = hf.calculateFormula(formula, 0);
    return { ms: performance.now() - begin, value };
  };
  const gapValue = evaluate(formulas.gap).value;
  const sumValue = evaluate(formulas.sum).value;
  if (typeof gapValue !== "number" || Math.abs(gapValue - sumValue) > 1e-6 * Math.abs(sumValue)) {
    throw new Error(`GPU.GAP gave ${JSON.stringify(gapValue)}, =200-SUM gave ${sumValue}`);
  }
  const gapTimes = [];
  const sumTimes = [];
  const ratios = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const gapFirst = i % 2 === 0;
    const first = evaluate(gapFirst ? formulas.gap : formulas.sum).ms;
    const second = evaluate(gapFirst ? formulas.sum : formulas.gap).ms;
    const [gapMs, sumMs] = gapFirst ? [first, second] : [second, first];
    if (i >= WARM_UP) {
      gapTimes.push(gapMs);
      sumTimes.push(sumMs);
      ratios.push(gapMs / sumMs);
    }
  }
  hf.destroy();
  return {
    cells: CELLS,
    gapMs: median(gapTimes),
    sumMs: median(sumTimes),
    ratio: median(ratios),
    runs: RUNS,
    gap: gapValue,
  };
}

module.exports = { benchHyperFormulaGap };

if (require.main === module) console.log(benchHyperFormulaGap());
