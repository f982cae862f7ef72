/**
 * functions.json as the production build emits it (custom-functions-metadata-plugin, from the JSDoc
 * of src/functions/functions.ts): names, optional flags, matrix dimensionality, descriptions, help
 * URLs that land on an anchor of the help page the build ships, and the production URL swapped in.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG } from "../../src/engine";
import { DIST, FunctionMetadata, readMetadata } from "../support/functionsBundle";

const { DEV_URL, testedUrl } = require("../../scripts/build/publicUrl.js") as {
  DEV_URL: string;
  testedUrl(): string;
};
/** The address dist/ was built for (test/support/globalSetup.js rebuilds it for this one). */
const PROD_URL = testedUrl();

const metadata = readMetadata();
const byId = new Map(metadata.functions.map((f) => [f.id, f]));
const fn = (id: string): FunctionMetadata => {
  const found = byId.get(id);
  if (!found) throw new Error(`${id} is not in functions.json`);
  return found;
};

/** Each function's parameters as the catalog describes them: name, type, optional, matrix. */
const EXPECTED: Record<string, Array<[string, string, boolean, boolean]>> = Object.fromEntries(
  CATALOG.map((spec) => [
    spec.id,
    spec.parameters.map((p): [string, string, boolean, boolean] => [
      p.name,
      p.kind === "range" ? "any" : "number",
      p.optional,
      p.kind === "range",
    ]),
  ])
);

describe("functions.json", () => {
  it("declares exactly the catalog's GPU.* functions, id = name", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(CATALOG.map((spec) => spec.id));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))(
    "%s has the expected parameters, optional flags and dimensionality",
    (id, params) => {
      const f = fn(id);
      expect(f.parameters.map((p) => p.name)).toEqual(params.map(([name]) => name));
      f.parameters.forEach((p, i) => {
        const [, type, optional, matrix] = params[i];
        expect(p.type).toBe(type);
        expect(p.optional === true).toBe(optional);
        expect(p.dimensionality ?? "scalar").toBe(matrix ? "matrix" : "scalar");
      });
    }
  );

  it("optional parameters come after the required ones", () => {
    for (const f of metadata.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it("declares a matrix result for every function: a spill, or one number as a 1 × 1 matrix", () => {
    // requiresParameterAddresses must be used with a matrix result (custom-functions-json.md).
    for (const f of metadata.functions) {
      expect(f.result.dimensionality).toBe("matrix");
      if (CATALOG.find((spec) => spec.id === f.id)?.result === "matrix") {
        expect(f.result.type ?? "any").toBe("any");
      } else {
        expect(f.result.type).toBe("number");
      }
    }
  });

  it("describes every function and every parameter", () => {
    for (const f of metadata.functions) {
      expect(f.description?.trim().length ?? 0).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.trim().length ?? 0).toBeGreaterThan(10);
    }
    expect(fn("REQUIRED_REVENUE").description).toMatch(/200/);
    expect(fn("GAP").description).toMatch(/125/);
    expect(fn("COVERAGE").description).toMatch(/37\.5%/);
    expect(fn("BREAKEVEN_SPEND").description).toMatch(/18\.75/);
  });

  it("declares no volatile, streaming, cancelable or address-requiring function", () => {
    for (const f of metadata.functions) {
      for (const option of ["volatile", "stream", "cancelable", "requiresAddress"]) {
        expect(f.options?.[option] ?? false).toBe(false);
      }
    }
  });

  it("asks for the arguments' addresses exactly where a number argument may be an empty cell", () => {
    // Excel on the web passes null for an empty cell and for a left-out argument alike; the
    // address tells them apart (the catalog's rule for blanks).
    for (const f of metadata.functions) {
      const takesNumbers = f.parameters.some((p) => p.dimensionality !== "matrix");
      expect([f.id, f.options?.requiresParameterAddresses ?? false]).toEqual([f.id, takesNumbers]);
    }
  });
});

describe("the shipped metadata holds only what this project chose", () => {
  it("has no setting beside functions: no allowCustomDataForDataTypeAny (office-js #4385, #3504)", () => {
    expect(Object.keys(metadata)).toEqual(["functions"]);
  });

  it.each(Object.entries(EXPECTED))(
    "%s has exactly id, name, description, helpUrl, parameters, result, and options where it asks for addresses",
    (id, params) => {
      const asksForAddresses = params.some(([, , , matrix]) => !matrix);
      const keys = ["description", "helpUrl", "id", "name", "parameters", "result"];
      if (asksForAddresses) keys.push("options");
      expect(Object.keys(fn(id)).sort()).toEqual(keys.sort());
      expect(fn(id).options).toEqual(
        asksForAddresses ? { requiresParameterAddresses: true } : undefined
      );
    }
  );

  it.each(Object.entries(EXPECTED))(
    "%s's parameters have exactly name, description, type, and optional / dimensionality where they apply",
    (id, params) => {
      fn(id).parameters.forEach((p, i) => {
        const [, , optional, matrix] = params[i];
        const keys = ["description", "name", "type"];
        if (optional) keys.push("optional");
        if (matrix) keys.push("dimensionality");
        expect([p.name, Object.keys(p).sort()]).toEqual([p.name, keys.sort()]);
      });
    }
  );

  it.each(CATALOG.map((spec) => [spec.id, spec.result] as const))(
    "%s's result (a %s) has exactly its type, or its dimensionality for a matrix",
    (id, result) => {
      const keys = Object.keys(fn(id).result);
      expect(keys).toEqual(result === "matrix" ? ["dimensionality"] : ["dimensionality", "type"]);
    }
  );
});

describe("help URLs", () => {
  it.each(Object.keys(EXPECTED))(
    "%s links to help.html#<its id, lowercased> on the production URL",
    (id) => {
      const url = new URL(fn(id).helpUrl ?? "");
      expect(url.protocol).toBe("https:");
      expect(`${url.origin}${url.pathname}`).toBe(new URL("help.html", PROD_URL).href);
      expect(url.search).toBe("");
      expect(url.hash).toBe(`#${id.toLowerCase()}`);
    }
  );
  // test/functions/help.test.ts checks that each of these anchors exists in dist/help.html.
});

describe("the production build", () => {
  it("uses an https production URL, not the development one", () => {
    expect(PROD_URL).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
    expect(PROD_URL).not.toBe(DEV_URL);
  });

  it.each(["functions.json", "manifest.xml", "help.html", "taskpane.html"])(
    "%s says nothing of localhost",
    (file) => {
      const text = fs.readFileSync(path.join(DIST, file), "utf8");
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  );

  it("functions.json's help URLs are all on the production URL", () => {
    for (const f of metadata.functions) expect(f.helpUrl!.startsWith(PROD_URL)).toBe(true);
  });
});
