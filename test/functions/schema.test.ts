/**
 * dist/functions.json against Microsoft's own definition of a custom function: the
 * `extensionFunction` definition of the app-manifest JSON schema (package @microsoft/app-manifest,
 * the schema Microsoft's tools validate with), checked with ajv. The negative controls prove the
 * check can fail: an id with "-", an http help URL, a parameter without a name.
 */
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { DIST, readMetadata } from "../support/functionsBundle";

/** The newest numbered schema version in the package that defines extensionFunction. */
function appManifestSchema(): { file: string; schema: { definitions: Record<string, unknown> } } {
  const root = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build/json-schemas/teams"
  );
  const versions = fs
    .readdirSync(root)
    .filter((v) => /^v\d+\.\d+$/.test(v))
    .sort((a, b) => {
      const [a1, a2] = a.slice(1).split(".").map(Number);
      const [b1, b2] = b.slice(1).split(".").map(Number);
      return b1 - a1 || b2 - a2;
    });
  for (const version of versions) {
    const file = path.join(root, version, "MicrosoftTeams.schema.json");
    const schema = JSON.parse(fs.readFileSync(file, "utf8"));
    if (schema.definitions?.extensionFunction) return { file, schema };
  }
  throw new Error(`no app-manifest schema under ${root} defines extensionFunction`);
}

const { file, schema } = appManifestSchema();
// strict: false — Microsoft's schema leaves out "type" beside type-specific keywords, which strict mode reports.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema, "app-manifest");
const validateFunction = ajv.compile({ $ref: "app-manifest#/definitions/extensionFunction" });

/** The schema's complaints about one function, as short strings ("" when it is valid). */
function problems(fn: unknown): string {
  return validateFunction(fn)
    ? ""
    : (validateFunction.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join("; ");
}

const metadata = readMetadata();
const chinese: typeof metadata = JSON.parse(
  fs.readFileSync(path.join(DIST, "functions.zh-TW.json"), "utf8")
);

describe.each([
  ["dist/functions.json", metadata],
  ["dist/functions.zh-TW.json", chinese],
])(`%s against extensionFunction (${path.basename(path.dirname(file))})`, (_, shipped) => {
  it("holds functions to check", () => {
    expect(shipped.functions.length).toBeGreaterThanOrEqual(6);
  });

  it.each(shipped.functions.map((f) => [f.id, f] as const))("%s is valid", (_, fn) => {
    expect(problems(fn)).toBe("");
  });
});

describe("the schema check itself", () => {
  const valid = metadata.functions.find((f) => f.parameters.length > 0)!;
  const copy = () => JSON.parse(JSON.stringify(valid));

  it.each<[string, (f: ReturnType<typeof copy>) => void, RegExp]>([
    ["an id with a hyphen", (f) => (f.id = "REQUIRED-REVENUE"), /\/id must match pattern/],
    [
      "an http help URL",
      (f) => (f.helpUrl = "http://gpu-payback.test/help.html"),
      /\/helpUrl must match pattern/,
    ],
    [
      "a parameter without a name",
      (f) => delete f.parameters[0].name,
      /\/parameters\/0 must have required property 'name'/,
    ],
    ["an id of two characters", (f) => (f.id = "GA"), /\/id must NOT have fewer than 3 characters/],
    ["a name that starts with a digit", (f) => (f.name = "1GAP"), /\/name must match pattern/],
    [
      "a dimensionality Excel does not know",
      (f) => (f.result.dimensionality = "vector"),
      /\/result\/dimensionality must be equal to one of the allowed values/,
    ],
  ])("rejects %s", (_, change, message) => {
    const fn = copy();
    change(fn);
    expect(problems(fn)).toMatch(message);
  });
});
