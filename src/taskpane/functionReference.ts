/**
 * The task pane's function reference, derived from the function catalog (src/engine/catalog):
 * every GPU.* function, its syntax as Excel shows it, what it does in both languages, and its
 * first example, which needs nothing on the sheet and reproduces one of the article's figures.
 */
import { CATALOG, qualifiedName, type FunctionSpec, type Localized } from "../engine";
import { withGeneralNumber } from "./generalFormat";

export interface FunctionReference {
  /** The id after "GPU.", as in functions.json. */
  readonly id: string;
  /** How it is called; optional parameters in brackets, as Excel shows them. */
  readonly syntax: string;
  readonly description: Localized;
  /** A formula that works in any cell: it needs nothing on the sheet. */
  readonly example: string;
  /** What the example shows, its number as Excel's General format shows it (generalFormat.ts). */
  readonly result: Localized;
}

/** GPU.REQUIRED_REVENUE(spend, [energy], [margin]). */
export function syntaxOf(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${qualifiedName(spec.id)}(${parameters.join(", ")})`;
}

/** What the pane shows of one catalog entry. */
export function referenceOf(spec: FunctionSpec): FunctionReference {
  return {
    id: spec.id,
    syntax: syntaxOf(spec),
    description: spec.description,
    example: spec.examples[0].formula,
    result: {
      en: withGeneralNumber(spec.examples[0].result.en),
      "zh-TW": withGeneralNumber(spec.examples[0].result["zh-TW"]),
    },
  };
}

export const FUNCTION_REFERENCE: readonly FunctionReference[] = CATALOG.map(referenceOf);
