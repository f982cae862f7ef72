/**
 * The JSDoc of src/functions/functions.ts, which custom-functions-metadata turns into
 * functions.json, read as text (no build): each wrapper says what the catalog says, and each
 * default and limit it states is the metadata table's (src/engine/catalog/signatures.ts). The
 * built functions.json is held to the catalog in ./catalog.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG, LIMITS, defaultText, parametersOf, type FunctionId } from "../../src/engine";

const SOURCE = fs.readFileSync(path.join(__dirname, "../../src/functions/functions.ts"), "utf8");

interface JsDocFunction {
  readonly id: string;
  readonly description: string;
  readonly parameters: ReadonlyArray<{ name: string; optional: boolean; description: string }>;
}

/** Every JSDoc block that declares a @customfunction, in the file's order. */
function jsDocFunctions(source: string): JsDocFunction[] {
  const blocks = [...source.matchAll(/\/\*\*\n([\s\S]*?)\*\//g)].map((m) =>
    m[1].split("\n").map((line) => line.replace(/^\s*\* ?/, ""))
  );
  return blocks
    .filter((lines) => lines.some((line) => line.startsWith("@customfunction ")))
    .map((lines) => ({
      id: lines.find((line) => line.startsWith("@customfunction "))!.split(" ")[1],
      description: lines[0],
      parameters: lines
        .map((line) => /^@param (?:\{[^}]*\} )?(\[?)(\w+)\]? (.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null && m[2] !== "invocation")
        .map((m) => ({ name: m[2], optional: m[1] === "[", description: m[3] })),
    }));
}

const declared = jsDocFunctions(SOURCE);

describe("the JSDoc of the Excel functions", () => {
  it("declares every catalog function once, in the catalog's order", () => {
    expect(declared.map((f) => f.id)).toEqual(CATALOG.map((spec) => spec.id));
  });

  it.each(CATALOG.map((spec) => [spec.id, spec] as const))(
    "GPU.%s: the catalog's description, parameters in order, optional in brackets, word for word",
    (id, spec) => {
      const jsDoc = declared.find((f) => f.id === id)!;
      expect(jsDoc.description).toBe(spec.description.en);
      expect(jsDoc.parameters).toEqual(
        spec.parameters.map((p) => ({
          name: p.name,
          optional: p.optional,
          description: p.description.en,
        }))
      );
    }
  );

  it.each(CATALOG.map((spec) => [spec.id] as const))(
    "GPU.%s: each default and limit it states is the metadata table's",
    (id) => {
      const jsDoc = declared.find((f) => f.id === id)!;
      parametersOf(id as FunctionId).forEach((signature, i) => {
        const { name, description } = jsDoc.parameters[i];
        const shown = defaultText(signature);
        const stated = / Default ([^,.]+(?:\.\d+)?)[,.]/.exec(description)?.[1];
        expect([name, stated]).toEqual([name, shown]);
        if (signature.rule) {
          expect([name, description]).toEqual([
            name,
            expect.stringContaining(LIMITS[signature.rule].phrase.en),
          ]);
        }
      });
    }
  );

  it("reads the defaults as users type them: 1, 50%, 0%, 200, 100%", () => {
    const stated = (id: string, name: string) =>
      declared.find((f) => f.id === id)!.parameters.find((p) => p.name === name)!.description;
    expect(stated("REQUIRED_REVENUE", "energy")).toMatch(/ Default 1\.$/);
    expect(stated("REQUIRED_REVENUE", "margin")).toMatch(/ Default 50%\.$/);
    expect(stated("REQUIRED_REVENUE", "cloudMargin")).toMatch(/ Default 0%, as in the article/);
    expect(stated("GAP", "required")).toMatch(/ Default 200, the article's figure\.$/);
    expect(stated("BREAKEVEN_GPU_HOUR", "utilization")).toMatch(/ Default 100%\.$/);
    expect(stated("ANNUAL_CHARGE", "rate")).toMatch(/ Default 0, the article's arithmetic/);
  });
});
