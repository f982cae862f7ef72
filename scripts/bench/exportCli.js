/**
 * npm run export's start: `node scripts/export.js --help` from its bundle (dist-cli/, built first
 * when stale), against requiring the same modules as TypeScript compiled on require (as the script
 * did before the bundle); and a template export (.xlsx bytes) from the bundle, in this process.
 */
const path = require("path");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");
const { ROOT } = require("../lib/require-ts");

const SCRIPT = path.join(ROOT, "scripts", "export.js");
const RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return performance.now() - start;
}

async function benchExportCli() {
  timed([SCRIPT, "--help"]); // builds dist-cli/ if it is stale
  const helpMs = median(Array.from({ length: RUNS }, () => timed([SCRIPT, "--help"])));
  const compiled = [
    "-e",
    'require("./scripts/lib/require-ts").registerTypeScript(); require("./src/cli/exportArgs.ts"); require("./src/cli/exportTemplate.ts");',
  ];
  const typeScriptMs = timed(compiled);
  const { exportTemplateXlsx } = require(path.join(ROOT, "dist-cli", "export.js"));
  await exportTemplateXlsx();
  const exportMs = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await exportTemplateXlsx()).bytes.length;
    exportMs.push(performance.now() - start);
  }
  return { helpMs, typeScriptMs, exportMs: median(exportMs), bytes, runs: RUNS };
}

module.exports = { benchExportCli };
