/**
 * The pane's function reference against the real thing: the functions.json the build writes and
 * the built functions bundle, called as Excel calls it.
 */
import { generalText } from "../../src/taskpane/generalFormat";
import { FUNCTION_REFERENCE } from "../../src/taskpane/functionReference";
import { loadFunctionsBundle, type FunctionsBundle } from "../support/functionsBundle";

/**
 * Evaluates the examples' small formula language as Excel would: =GPU.NAME(args) where an
 * argument is a number, a percentage (50% = 0.5), an array constant ({1,2,3} a row, {1;2;3} a
 * column) or another GPU.NAME(...) call.
 */
function evaluate(bundle: FunctionsBundle, formula: string): unknown {
  let at = 0;
  const expect = (text: string) => {
    if (!formula.startsWith(text, at)) throw new Error(`"${text}" expected at ${at} in ${formula}`);
    at += text.length;
  };
  const arrayConstant = (): unknown[][] => {
    expect("{");
    const rows: unknown[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(argument());
      if (formula[at] === "}") break;
      if (formula[at] === ";") rows.push([]);
      else if (formula[at] !== ",") throw new Error(`"," or ";" expected at ${at} in ${formula}`);
      at++;
    }
    expect("}");
    return rows;
  };
  const argument = (): unknown => {
    if (formula[at] === "{") return arrayConstant();
    const number = /^-?\d+(\.\d+)?%?/.exec(formula.slice(at));
    if (number) {
      at += number[0].length;
      return number[0].endsWith("%") ? Number(number[0].slice(0, -1)) / 100 : Number(number[0]);
    }
    return call();
  };
  const call = (): unknown => {
    expect("GPU.");
    const name = /^[A-Z_]+/.exec(formula.slice(at))?.[0] ?? "";
    at += name.length;
    expect("(");
    const args: unknown[] = [];
    while (formula[at] !== ")") {
      if (args.length > 0) expect(",");
      args.push(argument());
    }
    expect(")");
    return bundle.call(name, ...args);
  };
  expect("=");
  const value = call();
  if (at !== formula.length) throw new Error(`Unexpected text after ${formula.slice(0, at)}`);
  return value;
}

describe("the pane's function reference", () => {
  const bundle = loadFunctionsBundle();

  it("lists exactly the functions that the build registers, in the same order", () => {
    expect(FUNCTION_REFERENCE.map((entry) => entry.id)).toEqual(
      bundle.metadata.functions.map((f) => f.id)
    );
  });

  it("shows each function's parameters as functions.json declares them", () => {
    for (const entry of FUNCTION_REFERENCE) {
      const meta = bundle.metadata.functions.find((f) => f.id === entry.id)!;
      const params = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect(entry.syntax).toBe(`GPU.${meta.name}(${params.join(", ")})`);
    }
  });

  it("gives each example the result the pane shows (the article's figures)", () => {
    const results = Object.fromEntries(
      FUNCTION_REFERENCE.map((entry) => [entry.id, evaluate(bundle, entry.example)])
    );
    expect(results.DATACENTER_COST).toBe(100);
    expect(results.REQUIRED_REVENUE).toBe(200);
    expect(results.GAP).toBe(125);
    expect(results.COVERAGE).toBe(0.375);
    expect(results.BREAKEVEN_SPEND).toBe(18.75);
    expect(results.ANNUAL_CHARGE).toBe(20);
    expect(results.ANNUAL_REQUIRED_REVENUE).toBe(50);
    expect(results.PAYBACK_YEARS).toBe(4);
    expect(results.BREAKEVEN_GPU_HOUR).toBeCloseTo(7500 / 8760, 15);
    expect(results.CHARGES_IN_SERVICE).toEqual([[50, 200, 300]]);
    const table = results.ARTICLE_TABLE as unknown[][];
    expect([table.length, table[0].length]).toEqual([13, 3]);
    for (const entry of FUNCTION_REFERENCE) {
      const value = results[entry.id];
      const shown =
        typeof value === "number"
          ? generalText(value) // as the cell shows it (generalFormat.test.ts works it by hand)
          : entry.id === "ARTICLE_TABLE"
            ? `${table.length} rows × ${table[0].length} columns`
            : (value as unknown[][]).flat().join(", ");
      expect(entry.result.en.startsWith(shown)).toBe(true);
    }
  });

  it("describes every function in both languages, and each example works in any cell", () => {
    for (const entry of FUNCTION_REFERENCE) {
      expect(entry.description.en.length).toBeGreaterThan(20);
      expect(entry.description["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.example).toMatch(new RegExp(`^=GPU\\.${entry.id}\\(`));
      expect(entry.example).not.toMatch(/[A-Z]+\d+|Revenues/); // no cell or name it would depend on
    }
  });
});
