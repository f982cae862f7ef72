/* eslint-disable no-undef */
/**
 * npm run export -- --preset sept2023|june2024 --language en|zh-TW --formulas native|gpu --out FILE.xlsx
 * Writes the template as an .xlsx workbook without Excel (src/export), computed by HyperFormula.
 * Never overwrites a file without --force; exits 2 on bad arguments, 1 when the file cannot be written.
 */
const fs = require("fs");
const path = require("path");
const { registerTypeScript } = require("./bench/typescript");

registerTypeScript();
const { parseExportArgs } = require("../src/export/cli.ts");
const { exportTemplateXlsx } = require("../src/export/exportTemplate.ts");

async function main(args) {
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
  if (fs.existsSync(out) && !command.force) {
    console.error(`${out} exists: not overwritten. Add --force to replace it.`);
    return 1;
  }
  const { bytes, untranslated } = await exportTemplateXlsx(command);
  for (const { formula, reason } of untranslated) {
    console.error(`Left as a GPU formula: ${formula} (${reason})`);
  }
  fs.writeFileSync(out, bytes);
  console.log(
    `Wrote ${out} (${command.preset}, ${command.language}, ${command.formulas} formulas, ${bytes.length} bytes)`
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
);
