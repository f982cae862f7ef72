/**
 * dist/manifest.json, the unified manifest for Microsoft 365, against Microsoft's JSON schema of
 * its version as @microsoft/app-manifest ships it (offline, ajv-draft-04), and against the
 * shipped functions.json; with the negative controls that show each check can fail.
 */
import * as fs from "fs";
import * as path from "path";

const { SCHEMAS, localizationErrors, manifestErrors, schemaVersions } =
  require("../../scripts/build/manifestSchema.js") as {
    SCHEMAS: string;
    localizationErrors(localization: object, version: string): string[];
    manifestErrors(manifest: object): string[];
    schemaVersions(): string[];
  };
const { customFunctionsProblems } = require("../../scripts/build/manifestJson.js") as {
  customFunctionsProblems(manifest: object, functions: MetadataFunction[]): string[];
};
const build = require("../../scripts/build/manifests.js") as {
  manifests(baseUrl: string, functions: MetadataFunction[]): Record<string, string>;
};
const { testedUrl } = require("../../scripts/build/publicUrl.js") as { testedUrl(): string };

interface MetadataFunction {
  id: string;
  name: string;
  helpUrl: string;
  parameters: Array<{ name: string }>;
  options?: { requiresParameterAddresses?: boolean };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const DIST = path.resolve(__dirname, "../../dist");
const BASE = testedUrl();
const read = (name: string): Json => JSON.parse(fs.readFileSync(path.join(DIST, name), "utf8"));
const manifest: Json = read("manifest.json");
const localization: Json = read("manifest.zh-TW.json");
const metadata: { functions: MetadataFunction[] } = read("functions.json");
const copy = (): Json => JSON.parse(JSON.stringify(manifest));
const runtime = (m: Json) => m.extensions[0].runtimes[0];

describe("dist/manifest.json against Microsoft's schema", () => {
  it("is of the newest manifest version @microsoft/app-manifest has a schema for (custom functions: 1.23 on)", () => {
    const versions = schemaVersions();
    expect(versions).toContain("1.23");
    expect(manifest.manifestVersion).toBe(versions[versions.length - 1]);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`
    );
    expect(
      fs.existsSync(
        path.join(SCHEMAS, `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json")
      )
    ).toBe(true);
  });

  it("validates, and so does its Traditional Chinese localization file", () => {
    expect(manifestErrors(manifest)).toEqual([]);
    expect(localizationErrors(localization, manifest.manifestVersion)).toEqual([]);
  });

  it("lists every function of functions.json, and no other", () => {
    expect(customFunctionsProblems(manifest, metadata.functions)).toEqual([]);
    expect(runtime(manifest).customFunctions.functions.map((f: Json) => f.id)).toEqual(
      metadata.functions.map((f) => f.id)
    );
  });

  describe("the checks themselves", () => {
    it("refuse customFunctions directly under extensions[] (Microsoft's docs example)", () => {
      const misplaced = copy();
      misplaced.extensions[0].customFunctions = runtime(misplaced).customFunctions;
      delete runtime(misplaced).customFunctions;
      expect(manifestErrors(misplaced)).toContainEqual(
        expect.stringMatching(
          /^\/extensions\/0 must NOT have additional properties.*customFunctions/
        )
      );
    });

    it.each([
      [
        "the runtime's script",
        (m: Json) => (runtime(m).code.script = "http://gpu-payback.test/functions.js"),
      ],
      [
        "the metadata",
        (m: Json) => (runtime(m).customFunctions.metadataUrl = "http://x.test/functions.json"),
      ],
      [
        "a function's help",
        (m: Json) => (runtime(m).customFunctions.functions[0].helpUrl = "http://x.test/h"),
      ],
    ])("refuse an http URL for %s", (_, change) => {
      const changed = copy();
      change(changed);
      expect(manifestErrors(changed).join("\n")).toMatch(
        /must match pattern "\^\[Hh\]\[Tt\]\[Tt\]\[Pp\]\[Ss\]:\/\/"/
      );
    });

    it("refuse a function without its result, and a namespace that is no identifier", () => {
      const noResult = copy();
      delete runtime(noResult).customFunctions.functions[2].result;
      expect(manifestErrors(noResult)).toContainEqual(
        expect.stringMatching(/functions\/2 must have required property 'result'/)
      );
      const badNamespace = copy();
      runtime(badNamespace).customFunctions.namespace.id = "GPU PAYBACK";
      expect(manifestErrors(badNamespace).join("\n")).toMatch(/namespace\/id must match pattern/);
    });

    it("find a missing function, one too many, and functions.json's spelling of the address option", () => {
      const missing = copy();
      const dropped = runtime(missing).customFunctions.functions.splice(3, 1)[0];
      expect(manifestErrors(missing)).toEqual([]); // the schema cannot tell
      expect(customFunctionsProblems(missing, metadata.functions)).toEqual([
        `manifest.json lacks ${dropped.id}, which functions.json has`,
      ]);
      const extra = copy();
      runtime(extra).customFunctions.functions.push({ ...dropped, id: "EXTRA", name: "EXTRA" });
      expect(customFunctionsProblems(extra, metadata.functions)).toEqual([
        "manifest.json has EXTRA, which functions.json does not",
      ]);
      const misspelt = copy();
      const fn = runtime(misspelt).customFunctions.functions[0];
      delete fn.requiresParameterAddress;
      fn.options = { requiresParameterAddresses: true };
      expect(manifestErrors(misspelt)).toEqual([]); // the schema allows unknown keys in a function
      expect(customFunctionsProblems(misspelt, metadata.functions)).toEqual([
        `${fn.id}: manifest.json has requiresParameterAddress undefined, functions.json true`,
      ]);
    });

    it("a localization file without its required texts fails", () => {
      const { ["description.full"]: _, ...partial } = localization;
      void _;
      expect(localizationErrors(partial, manifest.manifestVersion)).toContainEqual(
        expect.stringMatching(/required property 'description.full'/)
      );
    });

    it("the build stops on a manifest that fails: an http address", () => {
      expect(() => build.manifests("http://gpu-payback.test/", metadata.functions)).toThrow(
        /The unified manifest is not valid:[\s\S]*manifest\.json: \/extensions\/0\/runtimes\/0\/code\/page must match pattern/
      );
      expect(Object.keys(build.manifests(BASE, metadata.functions))).toEqual([
        "manifest.xml",
        "manifest.json",
        "manifest.zh-TW.json",
      ]);
    });
  });
});

describe("the custom functions in the unified manifest", () => {
  const r = runtime(manifest);

  it("sit in the one long-lived runtime that also serves the task pane", () => {
    expect(manifest.extensions).toHaveLength(1);
    expect(manifest.extensions[0].runtimes).toHaveLength(1);
    expect(r.lifetime).toBe("long");
    expect(r.type).toBe("general");
    expect(r.code).toEqual({ page: `${BASE}taskpane.html`, script: `${BASE}functions.js` });
    expect(manifest.extensions[0].customFunctions).toBeUndefined();
  });

  it("have the namespace GPU, the metadata URL of functions.json and its functions", () => {
    expect(r.customFunctions.namespace).toEqual({ id: "GPU", name: "GPU" });
    expect(r.customFunctions.metadataUrl).toBe(`${BASE}functions.json`);
    expect(r.customFunctions.functions).toHaveLength(metadata.functions.length);
    expect(metadata.functions.length).toBeGreaterThanOrEqual(10);
  });

  it("carry requiresParameterAddresses as requiresParameterAddress (the unified spelling), and functions.json's names and help", () => {
    const byId = new Map(r.customFunctions.functions.map((f: Json) => [f.id, f]));
    let withAddresses = 0;
    for (const fn of metadata.functions) {
      const listed: Json = byId.get(fn.id);
      expect([fn.id, listed.name, listed.helpUrl]).toEqual([fn.id, fn.name, fn.helpUrl]);
      expect(listed.options).toBeUndefined();
      expect(listed.requiresParameterAddresses).toBeUndefined();
      expect(listed.requiresParameterAddress).toBe(fn.options?.requiresParameterAddresses);
      if (listed.requiresParameterAddress === true) withAddresses++;
      expect(listed.parameters.map((p: Json) => p.name)).toEqual(fn.parameters.map((p) => p.name));
    }
    // Every function that takes an argument (all but GPU.ARTICLE_TABLE) reads its arguments' addresses.
    expect(withAddresses).toBe(metadata.functions.filter((f) => f.parameters.length > 0).length);
    expect(withAddresses).toBe(metadata.functions.length - 1);
  });

  it("require SharedRuntime 1.1 and CustomFunctionsRuntime 1.2, in workbooks", () => {
    expect(manifest.extensions[0].requirements).toEqual({
      scopes: ["workbook"],
      capabilities: [
        { name: "SharedRuntime", minVersion: "1.1" },
        { name: "CustomFunctionsRuntime", minVersion: "1.2" },
      ],
    });
  });

  it("the ribbon button on the Home tab opens the task pane through the runtime's action", () => {
    const tab = manifest.extensions[0].ribbons[0].tabs[0];
    expect(tab.builtInTabId).toBe("TabHome");
    const control = tab.groups[0].controls[0];
    expect(control.type).toBe("button");
    expect(r.actions).toEqual([
      { id: control.actionId, type: "openPage", view: "GpuPayback.Taskpane" },
    ]);
  });

  it("has its Traditional Chinese texts and function help in the localization file", () => {
    expect(localization["name.short"]).toBe("GPU 回本試算");
    expect(localization["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(
      `${BASE}functions.zh-TW.json`
    );
    expect(manifest.localizationInfo.additionalLanguages).toEqual(
      ["zh-TW", "zh-HK", "zh-MO"].map((languageTag) => ({
        languageTag,
        file: "manifest.zh-TW.json",
      }))
    );
  });
});
