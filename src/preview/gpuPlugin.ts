/*
 * The GPU.* functions as a HyperFormula function plugin: the preview's thin host over the payback
 * engine, with the same semantics as the Excel custom functions (src/functions/functions.ts):
 *   - an omitted optional argument (or a blank one, as in =GPU.REQUIRED_REVENUE(50,,0.4)) takes
 *     the engine's default, as Excel's null does;
 *   - in a range, text, booleans and blank cells are skipped (the engine's identifiedRevenue);
 *   - a PaybackError becomes #VALUE! with the engine's message (#NUM! for kind "number");
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
  COMPANY_REVENUES,
  CellErrorValue,
  PaybackError,
  sheetFunctions,
  type Cells,
} from "../engine";

export { ARTICLE_TABLE_HEADERS };

/** The GPU.* names, as the add-in's manifest namespace (GPU) and functions.json ids spell them. */
export const GPU_FUNCTION_NAMES = [
  "GPU.DATACENTER_COST",
  "GPU.REQUIRED_REVENUE",
  "GPU.GAP",
  "GPU.COVERAGE",
  "GPU.BREAKEVEN_SPEND",
  "GPU.ARTICLE_TABLE",
] as const;

/** Any one value, passed to the engine as it is so that the engine's messages name what is wrong. */
const SCALAR: FunctionArgument = { argumentType: FunctionArgumentType.SCALAR };
const OPTIONAL_SCALAR: FunctionArgument = {
  argumentType: FunctionArgumentType.SCALAR,
  optionalArg: true,
};
const RANGE: FunctionArgument = { argumentType: FunctionArgumentType.RANGE };

/** What HyperFormula hands a plugin method; only the argument list is read here. */
type CallArgs<P> = P extends (args: infer A, ...rest: never[]) => unknown ? A : never;

/** A scalar as the engine expects it: blanks become null (Excel's omitted argument), numbers plain. */
type EngineScalar = number | string | boolean | null;
/** An argument as the engine receives it: a scalar, a 2-D range, undefined when omitted. */
type EngineValue = EngineScalar | CellError | EngineValue[][] | undefined;

export class GpuPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "GPU.DATACENTER_COST": { method: "datacenterCost", parameters: [SCALAR, OPTIONAL_SCALAR] },
    "GPU.REQUIRED_REVENUE": {
      method: "requiredRevenue",
      parameters: [SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR],
    },
    "GPU.GAP": { method: "gap", parameters: [RANGE, OPTIONAL_SCALAR] },
    "GPU.COVERAGE": { method: "coverage", parameters: [RANGE, OPTIONAL_SCALAR] },
    "GPU.BREAKEVEN_SPEND": {
      method: "breakevenSpend",
      parameters: [SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR],
    },
    "GPU.ARTICLE_TABLE": {
      method: "articleTable",
      parameters: [],
      sizeOfResultArrayMethod: "articleTableSize",
      vectorizationForbidden: true,
    },
  };

  datacenterCost(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.run(ast.args, state, "GPU.DATACENTER_COST", ([spend, energy]) =>
      sheetFunctions.DATACENTER_COST(spend as number, energy as number | null)
    );
  }

  requiredRevenue(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.run(ast.args, state, "GPU.REQUIRED_REVENUE", ([spend, energy, margin]) =>
      sheetFunctions.REQUIRED_REVENUE(
        spend as number,
        energy as number | null,
        margin as number | null
      )
    );
  }

  gap(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.run(ast.args, state, "GPU.GAP", ([range, required]) =>
      sheetFunctions.GAP(range as Cells, required as number | null)
    );
  }

  coverage(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.run(ast.args, state, "GPU.COVERAGE", ([range, required]) =>
      sheetFunctions.COVERAGE(range as Cells, required as number | null)
    );
  }

  breakevenSpend(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.run(ast.args, state, "GPU.BREAKEVEN_SPEND", ([revenue, energy, margin]) =>
      sheetFunctions.BREAKEVEN_SPEND(
        revenue as number,
        energy as number | null,
        margin as number | null
      )
    );
  }

  articleTable(
    ast: { args: CallArgs<GpuPlugin["runFunction"]> },
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ) {
    return this.runFunction(ast.args, state, this.metadata("GPU.ARTICLE_TABLE"), () =>
      SimpleRangeValue.onlyValues(sheetFunctions.ARTICLE_TABLE())
    );
  }

  /** The spill size of GPU.ARTICLE_TABLE: 3 columns, a header row and one row per company. */
  articleTableSize(): ArraySize {
    return new ArraySize(ARTICLE_TABLE_HEADERS.length, COMPANY_REVENUES.length + 1);
  }

  /**
   * Evaluates the arguments with HyperFormula, hands them to the engine in the shapes the Excel
   * functions receive (numbers, text, booleans, null; ranges as 2-D arrays) and maps the engine's
   * errors to HyperFormula's. An error value among the arguments is the result, unchanged.
   */
  private run(
    args: CallArgs<GpuPlugin["runFunction"]>,
    state: Parameters<GpuPlugin["runFunction"]>[1],
    name: (typeof GPU_FUNCTION_NAMES)[number],
    compute: (values: EngineValue[]) => number
  ) {
    return this.runFunction(args, state, this.metadata(name), (...values: unknown[]) => {
      const inputs: EngineValue[] = [];
      for (const value of values) {
        if (value instanceof CellError) return value;
        inputs.push(
          value instanceof SimpleRangeValue
            ? this.rangeForEngine(value, state)
            : this.scalarForEngine(value, state)
        );
      }
      try {
        return compute(inputs);
      } catch (error) {
        return cellErrorFor(error);
      }
    });
  }

  /** A range's values as the engine reads them: numbers plain, blanks null, error values kept. */
  private rangeForEngine(range: SimpleRangeValue, state: Parameters<GpuPlugin["runFunction"]>[1]) {
    return range.rawData().map((row) => row.map((cell) => this.scalarForEngine(cell, state)));
  }

  private scalarForEngine(
    value: unknown,
    state: Parameters<GpuPlugin["runFunction"]>[1]
  ): EngineValue {
    if (value === undefined) return undefined; // an omitted optional argument
    if (value === EmptyValue) return null; // a blank cell or a blank argument, as Excel's null
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

/** The engine's error as HyperFormula's: #VALUE! with the message, #NUM! for kind "number". */
export function cellErrorFor(error: unknown): CellError {
  if (error instanceof CellErrorValue) {
    return error.value instanceof CellError ? error.value : new CellError(ErrorType.VALUE);
  }
  if (error instanceof PaybackError) {
    return new CellError(error.kind === "number" ? ErrorType.NUM : ErrorType.VALUE, error.message);
  }
  return new CellError(
    ErrorType.VALUE,
    `GPU Payback could not compute this: ${error instanceof Error ? error.message : String(error)}`
  );
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
  if (!registered.includes("GPU.REQUIRED_REVENUE")) {
    HyperFormula.registerFunctionPlugin(GpuPlugin, GPU_TRANSLATIONS);
  }
}
