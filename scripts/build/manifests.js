/**
 * Writes both manifests into the build from the one description (addin.js): manifest.xml (the
 * add-in-only XML manifest) and manifest.json with its localization file (the unified manifest),
 * for the address the build is served from. The unified one is checked against Microsoft's schema
 * and against functions.json; a build whose manifest fails stops with the reasons.
 *
 * `npm run manifest` (node scripts/build/manifests.js) rewrites the project's manifest.xml, the
 * development address's copy that npm start sideloads.
 */
const fs = require("fs");
const path = require("path");
const { DEV_URL } = require("./publicUrl");
const { manifestXml } = require("./manifestXml");
const {
  LOCALIZATION_FILE,
  MANIFEST_VERSION,
  customFunctionsProblems,
  manifestJson,
  manifestLocalization,
} = require("./manifestJson");
const { localizationErrors, manifestErrors } = require("./manifestSchema");

/** The three files for a build at baseUrl with these functions.json functions; throws when one is invalid. */
function manifests(baseUrl, metadataFunctions) {
  const json = manifestJson(baseUrl, metadataFunctions);
  const localization = manifestLocalization(baseUrl);
  const problems = [
    ...manifestErrors(json).map((e) => `manifest.json: ${e}`),
    ...localizationErrors(localization, MANIFEST_VERSION).map((e) => `${LOCALIZATION_FILE}: ${e}`),
    ...customFunctionsProblems(json, metadataFunctions),
  ];
  if (problems.length > 0) {
    throw new Error(`The unified manifest is not valid:\n  ${problems.join("\n  ")}`);
  }
  const text = (object) => `${JSON.stringify(object, null, 2)}\n`;
  return {
    "manifest.xml": manifestXml(baseUrl),
    "manifest.json": text(json),
    [LOCALIZATION_FILE]: text(localization),
  };
}

/**
 * Emits the manifests after every other asset is final (after PublicUrlPlugin's rewrite), from
 * the shipped functions.json.
 */
class ManifestsPlugin {
  constructor(baseUrl, metadataFile = "functions.json") {
    this.baseUrl = baseUrl;
    this.metadataFile = metadataFile;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 },
        () => {
          const metadata = compilation.getAsset(this.metadataFile);
          if (!metadata) return; // the functions' build reported why already
          try {
            const { functions } = JSON.parse(metadata.source.source().toString());
            for (const [name, text] of Object.entries(manifests(this.baseUrl, functions))) {
              compilation.emitAsset(name, new sources.RawSource(text));
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

/** The project's manifest.xml, for the development address. */
const SOURCE_MANIFEST = path.resolve(__dirname, "../../manifest.xml");

if (require.main === module) {
  fs.writeFileSync(SOURCE_MANIFEST, manifestXml(DEV_URL));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SOURCE_MANIFEST)} for ${DEV_URL}\n`);
}

module.exports = { ManifestsPlugin, SOURCE_MANIFEST, manifests };
