/**
 * npm run export: the arguments (every refusal names what is allowed) and the real script run as
 * npm runs it, writing a file, refusing to overwrite it without --force.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import { parseExportArgs } from "../../src/cli/exportArgs";
const { staleness } = require("../../scripts/build/freshness");
import { readParts, worksheetCells, writtenFiles } from "./support";
import { testWrittenFilesValidate } from "./schemas";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/export.js");

function error(args: string[]): string {
  const parsed = parseExportArgs(args);
  if (parsed.kind !== "error") throw new Error(`accepted: ${args.join(" ")}`);
  return parsed.message;
}

describe("the arguments", () => {
  test("defaults: the article's preset, English, native formulas, no overwrite", () => {
    expect(parseExportArgs(["--out", "a.xlsx"])).toEqual({
      kind: "export",
      command: {
        preset: "sept2023",
        language: "en",
        formulas: "native",
        out: "a.xlsx",
        force: false,
      },
    });
  });

  test("every option, with a space or an equals sign", () => {
    const args = [
      "--preset=june2024",
      "--language",
      "zh-TW",
      "--formulas=gpu",
      "--out=b.xlsx",
      "--force",
    ];
    expect(parseExportArgs(args)).toEqual({
      kind: "export",
      command: {
        preset: "june2024",
        language: "zh-TW",
        formulas: "gpu",
        out: "b.xlsx",
        force: true,
      },
    });
  });

  test("an unknown option is refused with the list of options", () => {
    expect(error(["--out", "a.xlsx", "--colour", "red"])).toBe(
      "Unknown option --colour. Allowed options: --preset, --language, --formulas, --out, --force, --help."
    );
    expect(error(["a.xlsx"])).toMatch(/^Unknown option a\.xlsx\. Allowed options: --preset/);
  });

  test("an unknown value is refused with the allowed values", () => {
    expect(error(["--out", "a.xlsx", "--preset", "2025"])).toBe(
      "--preset 2025 is not allowed. Allowed values: sept2023, june2024, may2026."
    );
    expect(error(["--out", "a.xlsx", "--language", "fr"])).toBe(
      "--language fr is not allowed. Allowed values: en, zh-TW."
    );
    expect(error(["--out", "a.xlsx", "--formulas", "excel"])).toBe(
      "--formulas excel is not allowed. Allowed values: native, gpu."
    );
  });

  test("a missing value, a repeated option, a missing or non-.xlsx --out, --force=yes", () => {
    expect(error(["--out", "a.xlsx", "--preset"])).toBe(
      "--preset needs a value. Allowed values: sept2023, june2024, may2026."
    );
    expect(error(["--language", "--out", "a.xlsx"])).toBe(
      "--language needs a value. Allowed values: en, zh-TW."
    );
    expect(error(["--out", "a.xlsx", "--out", "b.xlsx"])).toBe("--out is given twice.");
    expect(error(["--preset", "june2024"])).toMatch(/^--out FILE\.xlsx is required\./);
    expect(error(["--out", "a.csv"])).toBe("--out a.csv: the file name must end in .xlsx.");
    expect(error(["--out", "a.xlsx", "--force=yes"])).toMatch(/^Unknown option --force=yes\./);
  });

  test("--help prints the usage", () => {
    const parsed = parseExportArgs(["--out", "a.xlsx", "--help"]);
    expect(parsed.kind).toBe("help");
    expect(parsed.kind === "help" && parsed.text).toMatch(/--formulas\s+native \(default/);
  });
});

describe("scripts/export.js", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "gpu-export-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("writes the June 2024 template, then refuses to overwrite it unless --force", async () => {
    const out = path.join(dir, "june.xlsx");
    const first = await run("node", [SCRIPT, "--preset", "june2024", "--out", out]);
    expect(first.stdout).toMatch(/^Wrote .*june\.xlsx \(june2024, en, native formulas/);
    const cells = worksheetCells(readParts(readFileSync(out))["xl/worksheets/sheet1.xml"]);
    const values = Array.from(cells.values()).map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["600", "525"]));

    writeFileSync(out, "a user's file");
    await expect(run("node", [SCRIPT, "--out", out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("exists: not overwritten. Add --force to replace it."),
    });
    expect(readFileSync(out, "utf8")).toBe("a user's file");

    await run("node", [SCRIPT, "--out", out, "--force", "--language", "zh-TW"]);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  test("a missing folder, or a file where the folder should be: one line, exit 1, nothing written", async () => {
    const missing = path.join(dir, "no such folder", "a.xlsx");
    await expect(run("node", [SCRIPT, "--out", missing])).rejects.toMatchObject({
      code: 1,
      stderr: `Cannot write ${missing}: the folder ${path.dirname(missing)} does not exist: create it or choose another --out.\n`,
    });
    const file = path.join(dir, "plain.txt");
    writeFileSync(file, "a user's file");
    await expect(run("node", [SCRIPT, "--out", path.join(file, "a.xlsx")])).rejects.toMatchObject({
      code: 1,
      stderr: `Cannot write ${path.join(file, "a.xlsx")}: ${file} is not a folder.\n`,
    });
    expect(readFileSync(file, "utf8")).toBe("a user's file");
  });

  test("runs from its bundle (dist-cli/export.js), built and up to date after a run", async () => {
    const help = await run("node", [SCRIPT, "--help"]);
    expect(help.stdout).toMatch(/^Usage: npm run export -- --out FILE\.xlsx/);
    expect(staleness(ROOT, "dist-cli", ["src", "webpack.cli.config.js"])).toBeNull();
  });

  test("bad arguments: exit 2, the message on stderr, no file", async () => {
    const out = path.join(dir, "never.xlsx");
    await expect(run("node", [SCRIPT, "--out", out, "--preset", "2025"])).rejects.toMatchObject({
      code: 2,
      stderr: "--preset 2025 is not allowed. Allowed values: sept2023, june2024, may2026.\n",
    });
    expect(existsSync(out)).toBe(false);
  });
});

testWrittenFilesValidate(writtenFiles);
