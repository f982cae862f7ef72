/**
 * functions.json as this project ships it. custom-functions-metadata writes the metadata from the
 * JSDoc of src/functions/functions.ts and adds settings of its own: "allowCustomDataForDataTypeAny":
 * true is a data-types option (CustomFunctionsRuntime 1.4, not in perpetual Office) that changes
 * what arrives in an `any` parameter (office-js #4385, #3504). The build keeps only the keys this
 * project chose and stops on any key it has not decided about, so a new default of the generator
 * cannot ship unnoticed.
 */

/** Top-level settings the generator writes that this project did not choose: removed. */
const GENERATOR_DEFAULTS = ["allowCustomDataForDataTypeAny"];

/** Every key the shipped metadata may hold, level by level. */
const SHAPE = {
  metadata: ["functions"],
  function: ["id", "name", "description", "helpUrl", "parameters", "result", "options"],
  parameter: ["name", "description", "type", "dimensionality", "optional"],
  result: ["type", "dimensionality"],
  options: ["requiresParameterAddresses"],
};

function checkKeys(object, allowed, where) {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `${where} has ${unknown.map((k) => `"${k}"`).join(", ")}, which this project has not chosen: ` +
        "decide about it in scripts/build/functionsMetadata.js (SHAPE) before shipping it."
    );
  }
}

/** The metadata to ship: the generator's output less its defaults; throws on any key not in SHAPE. */
function shippedMetadata(generated) {
  const top = Object.fromEntries(
    Object.entries(generated).filter(([key]) => !GENERATOR_DEFAULTS.includes(key))
  );
  checkKeys(top, SHAPE.metadata, "functions.json");
  for (const fn of top.functions ?? []) {
    const where = `functions.json: ${fn.id}`;
    checkKeys(fn, SHAPE.function, where);
    fn.parameters.forEach((p) => checkKeys(p, SHAPE.parameter, `${where}, parameter ${p.name}`));
    checkKeys(fn.result ?? {}, SHAPE.result, `${where}, result`);
    checkKeys(fn.options ?? {}, SHAPE.options, `${where}, options`);
  }
  return top;
}

/**
 * The metadata in another language, from the shipped (English) metadata and the function catalog:
 * ids and names stay the ASCII ids (GPU.GAP in every language: office-js #891, #6614); each
 * function's description and each parameter's name and description come from the catalog's texts
 * in that language. Throws when the two disagree on a function or a parameter.
 */
function localizedMetadata(shipped, catalog, language, helpPage) {
  const text = (localized, where) => {
    const value = localized?.[language];
    if (typeof value !== "string" || value.trim() === "") {
      throw new Error(`the catalog has no ${language} text for ${where}`);
    }
    return value;
  };
  const specs = new Map(catalog.map((spec) => [spec.id, spec]));
  return {
    ...shipped,
    functions: shipped.functions.map((fn) => {
      const spec = specs.get(fn.id);
      if (!spec) throw new Error(`functions.json has ${fn.id}, which the catalog does not`);
      const names = fn.parameters.map((p) => p.name).join(", ");
      const specNames = spec.parameters.map((p) => p.name).join(", ");
      if (names !== specNames) {
        throw new Error(
          `${fn.id}: functions.json has parameters (${names}), the catalog (${specNames})`
        );
      }
      return {
        ...fn,
        ...(helpPage && fn.helpUrl ? { helpUrl: helpUrlIn(fn.helpUrl, helpPage) } : {}),
        description: text(spec.description, `${fn.id}'s description`),
        parameters: fn.parameters.map((p, i) => ({
          ...p,
          name: text(spec.parameters[i].label, `${fn.id}'s parameter ${p.name}`),
          description: text(spec.parameters[i].description, `${fn.id}'s parameter ${p.name}`),
        })),
      };
    }),
  };
}

/** A help URL on another page of the same folder: …/help.html#gap → …/help.zh-TW.html#gap. */
function helpUrlIn(helpUrl, helpPage) {
  const url = new URL(helpUrl);
  url.pathname = url.pathname.replace(/[^/]*$/, helpPage);
  return url.toString();
}

/** Rewrites the functions.json asset (from CustomFunctionsMetadataPlugin) to what ships; a build error when it cannot. */
class FunctionsMetadataPlugin {
  /**
   * @param options.file the generated metadata asset (functions.json)
   * @param options.localized [{ file, language, catalog(), helpPage }]: metadata files to write
   *   in other languages, with a function that returns the function catalog (read at build
   *   time) and the help page in that language that their help URLs lead to
   */
  constructor(options = {}) {
    this.file = options.file ?? "functions.json";
    this.localized = options.localized ?? [];
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) return; // custom-functions-metadata reported why as a build error already
          try {
            const shipped = shippedMetadata(JSON.parse(asset.source.source().toString()));
            const json = (metadata) =>
              new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`);
            compilation.updateAsset(this.file, json(shipped));
            for (const { file, language, catalog, helpPage } of this.localized) {
              const metadata = localizedMetadata(shipped, catalog(), language, helpPage);
              compilation.emitAsset(file, json(metadata));
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

module.exports = {
  FunctionsMetadataPlugin,
  GENERATOR_DEFAULTS,
  SHAPE,
  localizedMetadata,
  shippedMetadata,
};
