/**
 * LibreOffice, headless, as the independent engine that checks the exported files: finding soffice
 * (skipping only these tests where there is none, failing under CI=true), a private profile that
 * makes Calc recalculate every formula of an .xlsx on load (by default it trusts the cached
 * values), and batch conversions whose outputs are checked to exist (soffice exits 0 on failure).
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { promisify } from "util";

const run = promisify(execFile);

export const SKIP_LINE =
  "LibreOffice tests skipped: no soffice found (apt-get install -y libreoffice-calc-nogui)";

/** SOFFICE_PATH when set (and then only it), else soffice on Debian's path. */
export function findSoffice(): string | undefined {
  const candidates = process.env.SOFFICE_PATH
    ? [process.env.SOFFICE_PATH]
    : ["/usr/bin/soffice", "/usr/local/bin/soffice"];
  return candidates.find((candidate) => existsSync(candidate));
}

/** describe() when soffice is there; otherwise a failure under CI=true, else one line and a skip. */
export function describeWithLibreOffice(name: string, body: (soffice: string) => void): void {
  const soffice = findSoffice();
  if (soffice) {
    describe(name, () => body(soffice));
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("finds soffice (CI=true: a missing LibreOffice is a failure)", () => {
        throw new Error(
          `No soffice at ${process.env.SOFFICE_PATH || "/usr/bin/soffice"}: apt-get install -y libreoffice-calc-nogui`
        );
      });
    });
    return;
  }
  process.stderr.write(`\n${SKIP_LINE}\n`);
  describe.skip(name, () => body(""));
}

/** org.openoffice.Office.Calc/Formula/Load: OOXMLRecalcMode 0 = always recalculate on load. */
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A private LibreOffice profile under dir that recalculates on load. */
export function recalculatingProfile(dir: string): string {
  const user = path.join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(path.join(user, "registrymodifications.xcu"), RECALCULATE_ALWAYS);
  return `file://${dir}`;
}

/**
 * CSV of every sheet: comma, double quote, UTF-8, raw values (not as shown), every sheet (-1) into
 * "<file>-<sheet>.csv" (LibreOffice 7.2 and later).
 */
export const CSV_EVERY_SHEET =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts the files in one soffice run; throws unless every expected output exists. */
export async function convert(
  soffice: string,
  profile: string,
  files: readonly string[],
  filter: string,
  outdir: string,
  expected: readonly string[]
): Promise<void> {
  const args = [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    filter,
    "--outdir",
    outdir,
    ...files,
  ];
  const { stdout, stderr } = await run(soffice, args, { timeout: 240_000 });
  const missing = expected.filter((file) => !existsSync(path.join(outdir, file)));
  if (missing.length > 0) {
    throw new Error(`soffice wrote no ${missing.join(", ")}\n${stdout}\n${stderr}`);
  }
}

/** A CSV file as rows of fields (RFC 4180 quoting). */
export function readCsv(file: string): string[][] {
  const text = readFileSync(file, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The value at an A1 address of a CSV sheet: a number ("37.5%" → 0.375), else the text. */
export function csvValue(rows: readonly string[][], address: string): number | string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not an address: ${address}`);
  let col = 0;
  for (const letter of match[1]) col = col * 26 + letter.charCodeAt(0) - 64;
  const text = rows[Number(match[2]) - 1]?.[col - 1] ?? "";
  const percent = /^(-?[\d.]+(?:E[-+]?\d+)?)%$/i.exec(text);
  if (percent) return Number(percent[1]) / 100;
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}
