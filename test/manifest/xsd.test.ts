/**
 * manifest.xml and dist/manifest.xml against Microsoft's add-in manifest XSDs, with xmllint
 * (Debian's libxml2-utils). The schemas (as Microsoft last published them, with three patches:
 * the XML Schema namespace back to http, a pattern libxml2 reads, and the shared runtime's
 * Runtimes element) are reference data kept outside the project, in the folder OFFICE_SCHEMAS
 * names (by default shared/office-schemas beside the checkout). Where they or xmllint are absent
 * (a user's own clone) this file says so in one line and skips; with CI=true it fails instead.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMAS = process.env.OFFICE_SCHEMAS || path.resolve(ROOT, "../shared/office-schemas");
const SCHEMA = path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd");

function xmllintVersion(): string | null {
  const result = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? `${result.stderr}${result.stdout}`.split("\n")[0] : null;
}

/** Why the check cannot run here, or null when it can. */
function missing(): string | null {
  if (!fs.existsSync(SCHEMA)) return `${SCHEMA} is absent`;
  if (!xmllintVersion())
    return "xmllint is not installed (Debian: apt-get install -y libxml2-utils)";
  return null;
}

/** xmllint's verdict on one file: status 0 and "validates", or its complaints. */
function validate(file: string): { status: number | null; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], {
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const why = missing();
if (why && process.env.CI !== "true") {
  process.stderr.write(`Skipping the manifest XSD check: ${why}.\n`);
}
const runOrSkip = why && process.env.CI !== "true" ? describe.skip : describe;

describe("the XSD check can run", () => {
  (process.env.CI === "true" ? it : it.skip)("in CI: the schemas and xmllint are there", () => {
    expect(why).toBeNull();
  });
});

runOrSkip("the manifests against Microsoft's XSDs", () => {
  it.each(["manifest.xml", "dist/manifest.xml"])("%s validates", (name) => {
    const result = validate(path.join(ROOT, name));
    expect(result.output).toMatch(/validates$/);
    expect(result.status).toBe(0);
  });

  describe("the check itself", () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-xsd-"));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const source = () => fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    it.each<[string, (xml: string) => string, RegExp]>([
      [
        "a Version that is not a number",
        (xml) => xml.replace("<Version>1.0.0.0<", "<Version>one<"),
        /Version/,
      ],
      [
        "Hosts before Requirements swapped",
        (xml) => swap(xml, "Hosts", "Requirements"),
        /Requirements|Hosts/,
      ],
      [
        "a Permissions value that does not exist",
        (xml) => xml.replace(">ReadWriteDocument<", ">Everything<"),
        /Permissions/,
      ],
      [
        "a Runtime lifetime that does not exist",
        (xml) => xml.replace('lifetime="long"', 'lifetime="forever"'),
        /lifetime/,
      ],
    ])("rejects the manifest with %s", (_, change, message) => {
      const changed = change(source());
      expect(changed).not.toBe(source());
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, changed);
      const result = validate(file);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/fails to validate/);
      expect(result.output).toMatch(message);
    });
  });
});

/** The manifest with two top-level elements (each appearing once, at the OfficeApp level) swapped. */
function swap(xml: string, first: string, second: string): string {
  const block = (name: string) => {
    const match = new RegExp(`\\n  <${name}>[\\s\\S]*?\\n  </${name}>`).exec(xml);
    if (!match) throw new Error(`no top-level <${name}> block`);
    return match[0];
  };
  const a = block(first);
  const b = block(second);
  return xml.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
}
