/**
 * Loads the built functions bundle (dist/functions.js) the way Excel's custom-functions runtime
 * does: a fresh JavaScript context whose global CustomFunctions object records what the bundle
 * associates, and calls that pass null for every omitted optional argument, as Excel does.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { functionSpec } from "../../src/engine";

export const DIST = path.resolve(__dirname, "../../dist");

/** Excel's error codes, as CustomFunctions.ErrorCode defines them. */
export const ErrorCode = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

/** Stands in for CustomFunctions.Error: a code and an optional message. */
export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Array<{
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
  }>;
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface FunctionsBundle {
  /** Every id the bundle associated, with its function. */
  readonly associated: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  /** functions.json as the build emitted it. */
  readonly metadata: { functions: FunctionMetadata[] };
  /** Calls a function as Excel does with literal arguments: omitted optional ones arrive as null. */
  call(id: string, ...args: unknown[]): unknown;
  /**
   * Calls a function whose given arguments are each a reference to a cell holding that value, as
   * Excel delivers them (office-js #4702): on the desktop an empty cell arrives as 0, on the web
   * as null; both with the arguments' addresses (requiresParameterAddresses). Left-out optional
   * arguments arrive as null with no address.
   */
  callFromCells(id: string, args: readonly unknown[], delivery: "desktop" | "web"): unknown;
}

/** Excel's delivery of the arguments' addresses: the given ones in column B, none for the rest. */
function invocationFor(id: string, given: number, total: number) {
  const parameterAddresses = Array.from({ length: total }, (_, i) =>
    i < given ? `Sheet1!B${i + 1}` : ""
  );
  return { functionName: id, parameterAddresses };
}

export function readMetadata(dir = DIST): { functions: FunctionMetadata[] } {
  return JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
}

/**
 * Set by stryker.config.mjs (npm run mutate): the functions come from src/functions/functions.ts as
 * Stryker mutated it, associated as custom-functions-metadata's loader would associate them, instead
 * of from dist/functions.js, which a mutant never reaches.
 */
const FROM_SOURCE = process.env.GPU_FUNCTIONS_FROM_SOURCE === "1";

/** Associates the exported functions of src/functions/functions.ts by their @customfunction ids. */
function associateSource(
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void,
  sandbox: object
) {
  const source = path.resolve(__dirname, "../../src/functions/functions.ts");
  const { parseTree } = require("custom-functions-metadata") as {
    parseTree(
      code: string,
      file: string
    ): { associate: Array<{ id: string; functionName: string }> };
  };
  Object.assign(globalThis, sandbox);
  // A literal path, so that jest's dependency graph (Stryker's --findRelatedTests) sees it.
  const exported = require("../../src/functions/functions") as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  for (const { id, functionName } of parseTree(fs.readFileSync(source, "utf8"), source).associate) {
    associate(id, exported[functionName]);
  }
}

/**
 * @param globals more globals of the runtime, e.g. the Office object of a shared runtime
 *   ({ Office: { context: { displayLanguage: "zh-TW" } } }); none by default, as in a
 *   custom-functions runtime of its own.
 */
export function loadFunctionsBundle(dir = DIST, globals: object = {}): FunctionsBundle {
  const file = path.join(dir, "functions.js");
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: jest's globalSetup builds it (npm test, npx jest)`);
  }
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const associate = (
    idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown
  ) => {
    const entries =
      typeof idOrMap === "string" ? [[idOrMap, fn] as const] : Object.entries(idOrMap);
    for (const [id, f] of entries) {
      if (typeof f !== "function")
        throw new TypeError(`associate("${id}") was not given a function`);
      if (associated.has(id.toUpperCase())) throw new Error(`"${id}" was associated twice`);
      associated.set(id.toUpperCase(), f);
    }
  };
  const sandbox = {
    CustomFunctions: { associate, Error: CustomFunctionsError, ErrorCode },
    console,
    ...globals,
  };
  if (FROM_SOURCE) {
    associateSource(associate, sandbox);
  } else {
    vm.createContext(sandbox);
    vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  }

  const metadata = readMetadata(dir);
  const byId = new Map(metadata.functions.map((f) => [f.id.toUpperCase(), f]));
  // What a cell shows: Excel shows a 1 × 1 matrix as its one value. The functions that give one
  // value return it as a 1 × 1 matrix (their metadata result is a matrix, as the parameter
  // addresses need); the catalog says which give one value.
  const shown = (id: string, result: unknown): unknown =>
    functionSpec(id).result === "number" && Array.isArray(result) ? result[0][0] : result;
  return {
    associated,
    metadata,
    call(id: string, ...args: unknown[]) {
      const key = id.toUpperCase();
      const fn = associated.get(key);
      const meta = byId.get(key);
      if (!fn || !meta) throw new Error(`GPU.${id} is not in the bundle and functions.json`);
      if (args.length > meta.parameters.length)
        throw new Error(`GPU.${id} takes at most ${meta.parameters.length} arguments`);
      const padded = meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
      return shown(key, fn(...padded));
    },
    callFromCells(id, args, delivery) {
      const key = id.toUpperCase();
      const fn = associated.get(key);
      const meta = byId.get(key);
      if (!fn || !meta) throw new Error(`GPU.${id} is not in the bundle and functions.json`);
      const delivered = args.map((value) => (value === null && delivery === "desktop" ? 0 : value));
      const padded = meta.parameters.map((_, i) => (i < delivered.length ? delivered[i] : null));
      const invocation = invocationFor(id, args.length, meta.parameters.length);
      return shown(
        key,
        fn(...padded, meta.options?.requiresParameterAddresses ? invocation : undefined)
      );
    },
  };
}

/** Runs a call and returns what it threw (or fails when it returned). */
export function thrownBy(call: () => unknown): unknown {
  try {
    const value = call();
    return { returned: value };
  } catch (error) {
    return error;
  }
}
