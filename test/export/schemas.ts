/**
 * Every part of a written .xlsx validated with xmllint against the ISO/IEC 29500 Transitional
 * schemas (ECMA-376's SpreadsheetML, DrawingML and packaging schemas, with one change: a text
 * element <t> may carry xml:space, as Excel writes it). They are reference data kept outside the
 * project, in the folder OOXML_SCHEMAS names (by default shared/ooxml-schemas beside the
 * checkout). Where that folder or xmllint is absent the tests say so in one line and are
 * skipped; under CI=true its absence is a failure. One xmllint run per schema, every part of
 * that schema in it.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import type { Parts } from "./support";

const run = promisify(execFile);

export const SCHEMAS =
  process.env.OOXML_SCHEMAS || path.resolve(__dirname, "../../../shared/ooxml-schemas");
const SKIP_LINE = `Schema validation skipped: no ${SCHEMAS} (the ISO/IEC 29500 schemas) or no xmllint`;

/** The schema of each part of an .xlsx. */
const SCHEMA_OF: ReadonlyArray<[RegExp, string]> = [
  [/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/, "sml.xsd"],
  [/^xl\/charts\/[^/]+\.xml$/, "dml-chart.xsd"],
  [/^xl\/drawings\/[^/]+\.xml$/, "dml-spreadsheetDrawing.xsd"],
  [/^xl\/theme\/[^/]+\.xml$/, "dml-main.xsd"],
  [/^\[Content_Types\]\.xml$/, "opc/opc-contentTypes.xsd"],
  [/\.rels$/, "opc/opc-relationships.xsd"],
];

export function schemaOf(part: string): string | undefined {
  return SCHEMA_OF.find(([pattern]) => pattern.test(part))?.[1];
}

const available = (): boolean =>
  existsSync(path.join(SCHEMAS, "sml.xsd")) && existsSync("/usr/bin/xmllint");

/** describe() when the schemas and xmllint are there; else one line and a skip (a failure in CI). */
export function describeWithSchemas(name: string, body: () => void): void {
  if (available()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("finds the schemas and xmllint (CI=true: their absence is a failure)", () => {
        throw new Error(SKIP_LINE);
      });
    });
    return;
  }
  process.stderr.write(`\n${SKIP_LINE}\n`);
  describe.skip(name, body);
}

/** One problem xmllint found, or a part no schema covers. */
export interface SchemaProblem {
  readonly part: string;
  readonly message: string;
}

/** Validates every part of every file; returns the problems (none when every part validates). */
export async function validateFiles(files: readonly Parts[]): Promise<SchemaProblem[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "gpu-xsd-"));
  try {
    const bySchema = new Map<string, string[]>();
    const problems: SchemaProblem[] = [];
    files.forEach((parts, n) => {
      for (const [part, xml] of Object.entries(parts)) {
        const schema = schemaOf(part);
        const name = `${n}/${part}`;
        if (!schema) {
          problems.push({ part: name, message: "no schema for this part" });
          continue;
        }
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), xml);
        bySchema.set(schema, [...(bySchema.get(schema) ?? []), name]);
      }
    });
    for (const [schema, names] of bySchema) problems.push(...(await xmllint(dir, schema, names)));
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const validateParts = (parts: Parts): Promise<SchemaProblem[]> => validateFiles([parts]);

/** xmllint says "<file> validates" of each valid file; anything else about a file is a problem. */
async function xmllint(dir: string, schema: string, files: string[]): Promise<SchemaProblem[]> {
  const problems: SchemaProblem[] = [];
  // A few hundred files a run at most: the command line stays short.
  for (let i = 0; i < files.length; i += 200) {
    const batch = files.slice(i, i + 200);
    const args = ["--noout", "--nonet", "--schema", path.join(SCHEMAS, schema), ...batch];
    const output = await run("xmllint", args, { cwd: dir, maxBuffer: 256 * 1024 * 1024 }).then(
      ({ stderr }) => stderr,
      (error: { stderr?: string }) => error.stderr ?? String(error)
    );
    const lines = output.split("\n");
    for (const file of batch) {
      if (lines.includes(`${file} validates`)) continue;
      const about = lines.filter((line) => line.startsWith(file) || line.includes(`/${file}`));
      problems.push({ part: file, message: about.slice(0, 5).join("\n") || output.slice(0, 400) });
    }
  }
  return problems;
}

/**
 * Declared last in a test file: every file that file's tests wrote and read back (readParts)
 * validates, part by part, against its schema.
 */
export function testWrittenFilesValidate(files: () => readonly Parts[]): void {
  describeWithSchemas("the ISO/IEC 29500 schemas (xmllint)", () => {
    test("every part of every file these tests wrote validates against its schema", async () => {
      const all = files();
      expect(all.length).toBeGreaterThan(0);
      expect(await validateFiles(all)).toEqual([]);
    }, 120_000);
  });
}
