/**
 * The shape of the function catalog: everything a host needs to know about a GPU.* function,
 * described once (ids, parameters, descriptions and examples in English and Traditional Chinese)
 * and the engine call that computes it. Hosts derive their registrations, references and help
 * from it; none of them computes or describes a function on its own.
 */

export type Language = "en" | "zh-TW";
export const LANGUAGES: readonly Language[] = ["en", "zh-TW"];

/** A text in every language the add-in speaks. */
export type Localized = Readonly<Record<Language, string>>;

import type { FunctionId, ParameterName, ParameterSignature } from "./signatures";

/** "number": one value (a number, or a cell holding one); "range": a 2-D range of cells. */
export type ParameterKind = ParameterSignature["kind"];

/**
 * A parameter's words, in every language. The name, kind, rule and default come from the
 * metadata table (./signatures.ts); the words about them (the default, what is allowed) from
 * the table and the rule's limits (./rules.ts).
 */
export interface ParameterTexts {
  /** The name users read in Excel's argument help (translated for zh-TW). */
  readonly label: Localized;
  /** What the argument is (Excel's argument help), before the table's "Default …" sentence. */
  readonly description: Localized;
  /** What the default is, after "Default 200": "the article's figure". */
  readonly defaultNote?: Localized;
  /** A number's hint after its rule's allowed words: "type 50% or 0.5". */
  readonly hint?: Localized;
  /** A range's whole "Allowed" text (a range has no rule). */
  readonly allowed?: Localized;
}

/** A parameter as hosts read it: the table's signature with its words. */
export interface ParameterSpec extends ParameterSignature {
  readonly optional: boolean;
  /** The name users read in Excel's argument help (translated for zh-TW). */
  readonly label: Localized;
  /** What the argument is (Excel's argument help, the help page's "What it is"). */
  readonly description: Localized;
  /** What is allowed (the help page's "Allowed"). */
  readonly allowed: Localized;
  /** The value taken when the argument is left out, as users write it ("1", "50%"). */
  readonly defaultText?: string;
}

export interface Example {
  /** A formula that works in an empty workbook, or with the article's table spilled from A1 (=GPU.ARTICLE_TABLE()). */
  readonly formula: string;
  /** What Excel shows, with a word on where it comes from. */
  readonly result: Localized;
}

/** A cell value a function can return inside a spilled array. */
export type SheetScalar = number | string;
export type SheetResult = number | SheetScalar[][];

/** The size of a range or a spilled result. */
export interface CellsSize {
  readonly rows: number;
  readonly columns: number;
}

export interface FunctionSpec {
  /** The id after "GPU." (functions.json's id and name): REQUIRED_REVENUE. */
  readonly id: FunctionId;
  readonly parameters: readonly ParameterSpec[];
  /** "number": one value; "matrix": a spilled array. */
  readonly result: "number" | "matrix";
  /** One sentence: functions.json's description and the pane's reference. */
  readonly description: Localized;
  /** The math in the article's words, for the help page: "gap = required − SUM(range)". */
  readonly formula?: Localized;
  /** What the result is (functions.json's result description). */
  readonly returns: Localized;
  /** The first example is the one the pane inserts. */
  readonly examples: readonly Example[];
  /** The help page's Errors list. */
  readonly errors: readonly Localized[];
  /**
   * The engine's spreadsheet call (sheetFunctions): omitted optional arguments as null or
   * undefined, ranges as rows of cells. Throws PaybackError or CellErrorValue.
   */
  compute(...args: unknown[]): SheetResult;
  /**
   * For a "matrix" result: its size from the sizes of the arguments (1 × 1 for a single value),
   * so that a host can reserve the cells it spills into before computing.
   */
  spillSize?(argumentSizes: readonly CellsSize[]): CellsSize;
}

/** What a catalog entry writes: the words of a function, each of its parameters' by name. */
export interface FunctionTexts<Id extends FunctionId> extends Omit<
  FunctionSpec,
  "id" | "parameters" | "result" | "compute"
> {
  readonly parameters: Readonly<Record<ParameterName<Id>, ParameterTexts>>;
}
