/**
 * The catalog of the GPU.* functions: every host (the Excel custom functions, the preview's
 * HyperFormula plugin, the pane's function reference, the help page, the localized metadata)
 * derives its list of functions from here. A new function is a row of the metadata table
 * (./signatures.ts), its words (a family file beside this one), its math (../sheetFunctions.ts
 * MATH, ./native.ts) and a JSDoc'd wrapper in src/functions/functions.ts (whose functions.json a
 * test holds to this catalog): docs/adding-a-function.md. The compiler names each one missing.
 */
import {
  ANNUAL_CHARGE,
  ANNUAL_REQUIRED_REVENUE,
  BREAKEVEN_GPU_HOUR,
  CHARGES_IN_SERVICE,
  PAYBACK_YEARS,
} from "./capital";
import { BREAKEVEN_SPEND, DATACENTER_COST, REQUIRED_REVENUE } from "./payback";
import { ARTICLE_TABLE, COVERAGE, GAP } from "./revenue";
import { FUNCTION_IDS, type FunctionId } from "./signatures";
import type { FunctionSpec } from "./types";

export * from "./types";
export * from "./language";
export * from "./errors";
export * from "./rules";
export {
  FUNCTION_IDS,
  SIGNATURES,
  defaultText,
  gpuFormula,
  isFunctionId,
  parametersOf,
  ruleOf,
  type FunctionId,
  type ArgumentTexts,
  type FunctionSignature,
  type ParameterName,
  type ParameterSignature,
} from "./signatures";

/** The Excel namespace of the functions (the manifest's). */
export const NAMESPACE = "GPU";

const ENTRIES: Readonly<Record<FunctionId, FunctionSpec>> = {
  DATACENTER_COST,
  REQUIRED_REVENUE,
  GAP,
  COVERAGE,
  BREAKEVEN_SPEND,
  ARTICLE_TABLE,
  ANNUAL_CHARGE,
  ANNUAL_REQUIRED_REVENUE,
  PAYBACK_YEARS,
  BREAKEVEN_GPU_HOUR,
  CHARGES_IN_SERVICE,
};

/** Every function, in the metadata table's order. */
export const CATALOG: readonly FunctionSpec[] = /* @__PURE__ */ FUNCTION_IDS.map(
  (id) => ENTRIES[id]
);

/** "GPU.REQUIRED_REVENUE" for "REQUIRED_REVENUE". */
export function qualifiedName(id: string): string {
  return `${NAMESPACE}.${id}`;
}

/** The function with that id (as after "GPU."), or an error naming the ids there are. */
export function functionSpec(id: string): FunctionSpec {
  const spec = CATALOG.find((entry) => entry.id === id);
  if (!spec) {
    throw new Error(
      `No GPU function ${id}: the catalog has ${CATALOG.map((f) => f.id).join(", ")}`
    );
  }
  return spec;
}

/**
 * The one rule for blanks, for every host: an argument that refers to an empty cell counts as 0,
 * as in Excel's own arithmetic (=B8*2); an argument left out (or nothing between two commas)
 * takes the article's value. Excel desktop already passes 0 for an empty cell; Excel on the web
 * passes null, which the host tells apart from a left-out argument by the argument's address.
 */
export function argumentValue(value: unknown, refersToCell: boolean): unknown {
  if (value !== null && value !== undefined) return value;
  return refersToCell ? 0 : null;
}
