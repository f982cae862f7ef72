/**
 * The function catalog (src/engine/catalog) against what the build really ships: functions.json,
 * written by custom-functions-metadata from functions.ts's JSDoc, must agree with the catalog
 * exactly, so that a function described in one place and not the other fails here. And every
 * example in the catalog gives the result it states, in a real spreadsheet engine.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { CATALOG, COMPANY_REVENUES, qualifiedName } from "../../src/engine";
import { registerGpuPlugin } from "../../src/preview/gpuPlugin";
import { readMetadata } from "../support/functionsBundle";

const metadata = readMetadata();

describe("functions.json and the catalog agree exactly", () => {
  it("the same ids, in the same order, each named as its id", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(CATALOG.map((spec) => spec.id));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(CATALOG.map((spec) => [spec.id, spec]))(
    "GPU.%s: parameter names, order, optional flags and dimensionality",
    (id, spec) => {
      const declared = metadata.functions.find((f) => f.id === id)!;
      expect(
        declared.parameters.map((p) => ({
          name: p.name,
          optional: p.optional ?? false,
          dimensionality: p.dimensionality ?? "scalar",
        }))
      ).toEqual(
        spec.parameters.map((p) => ({
          name: p.name,
          optional: p.optional,
          dimensionality: p.kind === "range" ? "matrix" : "scalar",
        }))
      );
      // Every result is a matrix in functions.json (one value as a 1 × 1 matrix, as the parameter
      // addresses require); the catalog says what a cell shows: one number or a spill.
      expect(declared.result.dimensionality).toBe("matrix");
      expect(declared.result.type ?? "any").toBe(spec.result === "number" ? "number" : "any");
    }
  );

  it.each(CATALOG.map((spec) => [spec.id, spec]))(
    "GPU.%s: the English descriptions are the catalog's, word for word",
    (id, spec) => {
      const declared = metadata.functions.find((f) => f.id === id)!;
      expect(declared.description).toBe(spec.description.en);
      expect(declared.parameters.map((p) => p.description)).toEqual(
        spec.parameters.map((p) => p.description.en)
      );
    }
  );
});

describe("the catalog's own texts", () => {
  it.each(CATALOG.map((spec) => [spec.id, spec]))(
    "GPU.%s is described in both languages, parameters and errors too",
    (_, spec) => {
      const texts = [
        spec.description,
        spec.returns,
        ...spec.parameters.flatMap((p) => [p.label, p.description, p.allowed]),
        ...spec.errors,
        ...spec.examples.map((e) => e.result),
      ];
      for (const text of texts) {
        expect(text.en.trim().length).toBeGreaterThan(0);
        expect(text["zh-TW"].trim().length).toBeGreaterThan(0);
      }
      for (const text of [
        spec.description,
        spec.returns,
        ...spec.parameters.map((p) => p.description),
      ]) {
        expect(text["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
        expect(text["zh-TW"]).not.toBe(text.en);
      }
    }
  );

  it("optional parameters come after the required ones, as Excel requires", () => {
    for (const spec of CATALOG) {
      const firstOptional = spec.parameters.findIndex((p) => p.optional);
      if (firstOptional === -1) continue;
      expect(spec.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("every example in the catalog gives the result it states (HyperFormula)", () => {
  registerGpuPlugin();
  // The examples may refer to the article's table spilled from A1 (=GPU.ARTICLE_TABLE()), by its
  // spill reference A1#, which HyperFormula spells as the range.
  const tableRows = COMPANY_REVENUES.length + 1;
  const spill = `A1:C${tableRows}`;

  function evaluate(formula: string): unknown {
    const hf = HyperFormula.buildFromArray(
      [["=GPU.ARTICLE_TABLE()", null, null, null, formula.replace(/A1#/g, spill)]],
      { licenseKey: "gpl-v3", smartRounding: false }
    );
    const value = hf.getCellValue({ sheet: 0, col: 4, row: 0 });
    hf.destroy();
    return value;
  }

  const examples = CATALOG.flatMap((spec) =>
    spec.examples.map((example) => [spec.id, example.formula, example.result.en] as const)
  );

  it.each(examples)("GPU.%s: %s → %s", (id, formula, result) => {
    expect(formula.startsWith(`=${qualifiedName(id)}(`)).toBe(true);
    const value = evaluate(formula);
    expect(value).not.toBeInstanceOf(DetailedCellError);
    if (id === "ARTICLE_TABLE") {
      expect(result).toBe(`${tableRows} rows × 3 columns`);
      return;
    }
    // The stated result starts with the figure Excel shows (0.375 (37.5%), 18.75: ...).
    const figure = Number(/^-?[\d.]+/.exec(result)?.[0]);
    expect(value).toBeCloseTo(figure, 10);
  });
});
