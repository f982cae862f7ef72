/**
 * npm run export -- --preset sept2023|june2024 --language en|zh-TW --formulas native|gpu --out FILE.xlsx
 * Writes the template as an .xlsx workbook without Excel (src/cli over src/export), computed by HyperFormula.
 * Runs from dist-cli/export.js (webpack.cli.config.js), built here once when it is missing or
 * older than a source, so a run (--help included) starts at once.
 * Never overwrites a file without --force (and writes beside it, then renames, so a failed run
 * leaves the old file whole); exits 2 on bad arguments, 1 when the file cannot be written.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { staleness } = require("./build/freshness");

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist-cli", "export.js");
const SOURCES = ["src", "webpack.cli.config.js", "tsconfig.json", "package-lock.json"];

/** The bundle, built first when it is stale; exits 1 with webpack's last lines if that fails. */
function loadExporter() {
  const stale = staleness(ROOT, "dist-cli", SOURCES);
  if (stale) {
    process.stderr.write(`Building the exporter once (dist-cli/: ${stale})…\n`);
    const result = spawnSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.cli.config.js"],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
    );
    if (result.status !== 0) {
      const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n");
      console.error(`The exporter did not build:\n${output.slice(-20).join("\n")}`);
      process.exit(1);
    }
  }
  return require(BUNDLE);
}

/** Why the file cannot be written there, in one line, or undefined when it can. */
function unwritable(out) {
  const folder = path.dirname(out);
  if (!fs.existsSync(folder))
    return `the folder ${folder} does not exist: create it or choose another --out.`;
  if (!fs.statSync(folder).isDirectory()) return `${folder} is not a folder.`;
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return `the folder ${folder} is not writable: choose another --out.`;
  }
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) return `${out} is a folder.`;
  return undefined;
}

/** Writes beside the file, then renames it into place: the old file stays whole until then. */
function writeAtomically(out, bytes) {
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: "wx" });
    fs.renameSync(temporary, out);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

async function main(args) {
  const { parseExportArgs, exportTemplateXlsx } = loadExporter();
  const parsed = parseExportArgs(args);
  if (parsed.kind === "help") {
    console.log(parsed.text);
    return 0;
  }
  if (parsed.kind === "error") {
    console.error(parsed.message);
    return 2;
  }
  const { command } = parsed;
  // npm runs scripts from the package root: a relative --out is taken from where npm was called.
  const out = path.resolve(process.env.INIT_CWD || process.cwd(), command.out);
  const problem = unwritable(out);
  if (problem) {
    console.error(`Cannot write ${out}: ${problem}`);
    return 1;
  }
  if (fs.existsSync(out) && !command.force) {
    console.error(`${out} exists: not overwritten. Add --force to replace it.`);
    return 1;
  }
  const { bytes, untranslated } = await exportTemplateXlsx(command);
  for (const { formula, reason } of untranslated) {
    console.error(`Left as a GPU formula: ${formula} (${reason})`);
  }
  writeAtomically(out, bytes);
  console.log(
    `Wrote ${out} (${command.preset}, ${command.language}, ${command.formulas} formulas, ${bytes.length} bytes)`
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error && error.code ? `Cannot write the file: ${message}` : message);
    process.exit(1);
  }
);
