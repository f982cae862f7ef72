/*
 * The GPU.* functions as a HyperFormula function plugin, registered from the function catalog
 * (src/engine/catalog): one table entry per catalog function, one method that hands the evaluated
 * arguments to the catalog's compute, and the catalog's error mapping on the way out. The same
 * semantics as the Excel custom functions (src/functions/functions.ts):
 *   - an argument left out (or nothing between two commas) takes the article's value; an argument
 *     that refers to an empty cell counts as 0 (the catalog's argumentValue, as on Excel desktop);
 *   - in a range, text, booleans and blank cells are skipped (the engine's identifiedRevenue);
 *   - an error value in an input is passed on unchanged.
 * Nothing here validates or computes: every rule lives in src/engine.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionArgument, ImplementedFunctions } from "hyperformula";
import {
  ARTICLE_TABLE_HEADERS,
  CATALOG,
  CellErrorValue,
  argumentValue,
  functionSpec,
  qualifiedName,
  sheetErrorFor,
  type FunctionSpec,
  type OutputErrorCode,
  type ParameterSpec,
  type SheetResult,
} from "../engine";

import { rememberMessage } from "./errorMessages";

export { ARTICLE_TABLE_HEADERS };

/** The GPU.* names, as the add-in's manifest namespace (GPU) and functions.json ids spell them. */
export const GPU_FUNCTION_NAMES: readonly string[] = CATALOG.map((spec) => qualifiedName(spec.id));

/** The engine sees every value as it is, so that its messages name what is wrong. */
function argumentFor(parameter: ParameterSpec): FunctionArgument {
  return {
    argumentType:
      parameter.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
    optionalArg: parameter.optional || undefined,
  };
}

const ERROR_TYPES: Readonly<Record<OutputErrorCode, ErrorType>> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.VALUE, // HyperFormula has no #NULL!
  "#VALUE!": ErrorType.VALUE,
};

/** HyperFormula's error types as Excel spells them (#DIV/0!, #N/A, ...). */
function codeOf(value: unknown): string | undefined {
  if (!(value instanceof CellError)) return undefined;
  const codes: Partial<Record<ErrorType, string>> = {
    [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
    [ErrorType.NA]: "#N/A",
    [ErrorType.NUM]: "#NUM!",
    [ErrorType.VALUE]: "#VALUE!",
    [ErrorType.REF]: "#REF!",
    [ErrorType.NAME]: "#NAME?",
    [ErrorType.SPILL]: "#SPILL!",
  };
  return codes[value.type] ?? `#${value.type}`;
}

/** The engine's error as HyperFormula's: the catalog's code, with its message. */
export function cellErrorFor(error: unknown): CellError {
  // An error value met in a range is the result, unchanged, as in Excel (which does not call a
  // custom function whose arguments hold an error).
  const inner = (error as { value?: unknown } | null)?.value;
  if (error instanceof CellErrorValue && inner instanceof CellError) return inner;
  const { code, message, texts } = sheetErrorFor(error, codeOf);
  rememberMessage(texts);
  return new CellError(ERROR_TYPES[code], message);
}

function entryFor(spec: FunctionSpec): ImplementedFunctions[string] {
  const entry = { method: "gpuFunction", parameters: spec.parameters.map(argumentFor) };
  return spec.result === "matrix"
    ? { ...entry, sizeOfResultArrayMethod: "resultSize", vectorizationForbidden: true }
    : entry;
}

/** What HyperFormula hands a plugin method. */
type Ast = Parameters<GpuPlugin["runFunction"]>[0] extends infer A ? { args: A } : never;
type State = Parameters<GpuPlugin["runFunction"]>[1];
interface ProcedureCall {
  readonly procedureName: string;
  readonly args: Ast["args"];
}

export class GpuPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CATALOG.map((spec) => [qualifiedName(spec.id), entryFor(spec)])
  );

  /**
   * Every GPU.* function: evaluates the arguments with HyperFormula, hands them to the catalog's
   * compute in the shapes the Excel functions receive (numbers, text, booleans, null; ranges as
   * 2-D arrays) and maps its errors. An error value among the arguments is the result, unchanged.
   */
  gpuFunction(ast: ProcedureCall, state: State) {
    const spec = specFor(ast);
    return this.runFunction(
      ast.args,
      state,
      this.metadata(qualifiedName(spec.id)),
      (...values: unknown[]) => {
        const inputs: unknown[] = [];
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (value instanceof CellError) return value;
          const argument = ast.args[i] as { type?: string } | undefined;
          inputs.push(
            value instanceof SimpleRangeValue
              ? SUMMED_ONLY.has(spec.id)
                ? this.cellsInOneRow(value)
                : this.rangeForEngine(value, state)
              : argumentValue(this.scalarForEngine(value, state), isWritten(argument))
          );
        }
        try {
          return resultOf(spec.compute(...inputs));
        } catch {
          return this.againInShape(spec, values, inputs, state);
        }
      }
    );
  }

  /** The spill size of a matrix function, as the catalog works it out from its arguments. */
  resultSize(ast: ProcedureCall, state: State): ArraySize {
    const spec = specFor(ast);
    const sizes = ast.args.map((argument) => {
      const size = this.arraySizeForAst(argument, state);
      return { rows: size.height, columns: size.width };
    });
    const size = spec.spillSize ? spec.spillSize(sizes) : { rows: 1, columns: 1 };
    return new ArraySize(size.columns, size.rows);
  }

  /**
   * A range's cells for the engine's sum, read straight from HyperFormula row after row into one
   * flat row: no copy of the range, no array per row, no address per cell (a 1,000,000-cell GAP
   * costs what a native SUM does). Values are as HyperFormula holds them: numbers, text, booleans,
   * error values, blanks (a symbol, which the engine skips as it skips null), and numbers typed
   * with a display format (50%, $10) as objects, which the engine takes for error values; an
   * array a formula returned (GPU.GAP(GPU.ARTICLE_TABLE())) is already values and goes as it is.
   */
  private cellsInOneRow(range: SimpleRangeValue): unknown[][] {
    const area = range.range;
    if (area === undefined) return range.rawData();
    const graph = this.dependencyGraph;
    const lastRow = area.effectiveEndRow(graph);
    const lastCol = area.effectiveEndColumn(graph);
    const values: unknown[] = [];
    const address = { sheet: area.start.sheet, col: area.start.col, row: area.start.row };
    for (let row = area.start.row; row <= lastRow; row++) {
      address.row = row;
      for (let col = area.start.col; col <= lastCol; col++) {
        address.col = col;
        values.push(graph.getScalarValue(address));
      }
    }
    return [values];
  }

  /**
   * Computes again with each range in its own shape and its formatted numbers made plain, when
   * the quick read above met a problem: a formatted number, or an error whose message must say
   * where in the range it is (row 3, column 1). The first problem row by row is the same in both.
   */
  private againInShape(
    spec: FunctionSpec,
    values: readonly unknown[],
    inputs: unknown[],
    state: State
  ) {
    values.forEach((value, i) => {
      if (value instanceof SimpleRangeValue) inputs[i] = this.rangeForEngine(value, state);
    });
    try {
      return resultOf(spec.compute(...inputs));
    } catch (error) {
      return cellErrorFor(error);
    }
  }

  /** A range's values as the engine reads them: numbers plain, blanks null, error values kept. */
  private rangeForEngine(range: SimpleRangeValue, state: State) {
    return range.rawData().map((row) => row.map((cell) => this.scalarForEngine(cell, state)));
  }

  private scalarForEngine(value: unknown, state: State): unknown {
    if (value === undefined || value === EmptyValue) return null; // left out, or an empty cell
    if (value instanceof CellError) return value;
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
      return value;
    }
    // A number with a display type (percent, currency, date): its plain value.
    const number = this.coerceToType(
      value as Parameters<GpuPlugin["coerceToType"]>[0],
      { argumentType: FunctionArgumentType.NUMBER },
      state
    );
    return typeof number === "number" ? number : new CellError(ErrorType.VALUE, "Not a number");
  }
}

/** A number as it is, a matrix as the array HyperFormula spills. */
function resultOf(result: SheetResult) {
  return typeof result === "number" ? result : SimpleRangeValue.onlyValues(result);
}

/**
 * The functions whose range the engine only adds up (identifiedRevenue, as SUM does), so that
 * its shape changes nothing but where an error message says a value is: their ranges are read
 * in one flat row. Any other range (CHARGES_IN_SERVICE's years) keeps its shape.
 */
const SUMMED_ONLY: ReadonlySet<string> = new Set(["GAP", "COVERAGE"]);

/** The catalog entry of the function a formula calls (GPU.GAP → GAP). */
function specFor(ast: ProcedureCall): FunctionSpec {
  const name = ast.procedureName.toUpperCase();
  return functionSpec(name.slice(name.indexOf(".") + 1));
}

/** True when the argument is written as something other than nothing (=F(50,,0.4) or =F(50)). */
function isWritten(argument: { type?: string } | undefined): boolean {
  return argument !== undefined && argument.type !== "EMPTY";
}

/** Function names per HyperFormula language: the GPU.* names are the same in every language. */
export const GPU_TRANSLATIONS = {
  enGB: Object.fromEntries(GPU_FUNCTION_NAMES.map((name) => [name, name])),
};

/**
 * Registers the plugin with HyperFormula (a static, process-wide registry) once; instances built
 * afterwards know the GPU.* functions.
 */
export function registerGpuPlugin(): void {
  const registered = HyperFormula.getRegisteredFunctionNames("enGB");
  if (!GPU_FUNCTION_NAMES.every((name) => registered.includes(name))) {
    HyperFormula.registerFunctionPlugin(GpuPlugin, GPU_TRANSLATIONS);
  }
}
