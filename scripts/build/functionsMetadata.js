/* eslint-disable no-undef */
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
  options: [],
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

/** Rewrites the functions.json asset (from CustomFunctionsMetadataPlugin) to what ships; a build error when it cannot. */
class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.file = options.file ?? "functions.json";
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
            compilation.updateAsset(
              this.file,
              new sources.RawSource(`${JSON.stringify(shipped, null, 2)}\n`)
            );
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin, GENERATOR_DEFAULTS, SHAPE, shippedMetadata };
