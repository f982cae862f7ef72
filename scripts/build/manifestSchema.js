/**
 * Checks a unified manifest (and its localization file) against Microsoft's JSON schema of the
 * manifest's version, as @microsoft/app-manifest ships it (build/json-schemas/teams/v1.xx/,
 * draft-04), offline. The build refuses to write a manifest that fails; the tests use it too.
 */
const fs = require("fs");
const path = require("path");

const SCHEMAS = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams"
);

/** The manifest versions the installed package has schemas for, oldest first ("1.9" before "1.10"). */
function schemaVersions() {
  return fs
    .readdirSync(SCHEMAS)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [am, an] = a.split(".").map(Number);
      const [bm, bn] = b.split(".").map(Number);
      return am - bm || an - bn;
    });
}

const compiled = new Map();

/** A validating function for one schema file of one version (cached). */
function validator(version, file) {
  const key = `${version}/${file}`;
  if (!compiled.has(key)) {
    const Ajv = require("ajv-draft-04");
    const addFormats = require("ajv-formats");
    // The localization schema has a pattern that is no valid regular expression with the u flag
    // (`\b]` in activities' keys); the manifest schema needs it (`\p{L}` in function names).
    const unicodeRegExp = !file.includes("Localization");
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
    addFormats(ajv);
    const schemaFile = path.join(SCHEMAS, `v${version}`, file);
    if (!fs.existsSync(schemaFile)) {
      throw new Error(
        `@microsoft/app-manifest has no schema for manifest version ${version} (${schemaFile})`
      );
    }
    compiled.set(key, ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8"))));
  }
  return compiled.get(key);
}

const describeErrors = (errors) =>
  (errors ?? []).map(
    (e) =>
      `${e.instancePath || "(root)"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`
  );

/** The schema's complaints about a manifest (an empty list when it is valid). */
function manifestErrors(manifest) {
  const validate = validator(manifest.manifestVersion, "MicrosoftTeams.schema.json");
  return validate(manifest) ? [] : describeErrors(validate.errors);
}

/** The localization schema's complaints about a localization file of a manifest of this version. */
function localizationErrors(localization, version) {
  const validate = validator(version, "MicrosoftTeams.Localization.schema.json");
  return validate(localization) ? [] : describeErrors(validate.errors);
}

module.exports = { SCHEMAS, localizationErrors, manifestErrors, schemaVersions };
