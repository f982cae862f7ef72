/**
 * npm run docs: writes docs/functions.md from the function catalog (src/help/markdown.ts).
 * `npm run docs -- --check` writes nothing and exits 1 when the committed file differs.
 */
const fs = require("fs");
const path = require("path");
const { requireTs, ROOT } = require("./lib/require-ts");

const { functionsMarkdown, FUNCTIONS_DOC } = requireTs(path.join(ROOT, "src/help/markdown.ts"));
const file = path.join(ROOT, FUNCTIONS_DOC);
const text = functionsMarkdown();

if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== text) {
    process.stderr.write(`${FUNCTIONS_DOC} is not what the catalog gives: run npm run docs\n`);
    process.exit(1);
  }
  process.stdout.write(`${FUNCTIONS_DOC} matches the catalog\n`);
} else {
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${FUNCTIONS_DOC}\n`);
}
