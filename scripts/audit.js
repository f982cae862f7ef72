/**
 * npm audit --omit=dev, failing on any high or critical vulnerability in what the add-in ships.
 * When the registry's advisory service cannot be reached (an offline mirror answers 405, or no
 * network), it says so in one line and exits 0: there is nothing to judge, and no result is faked.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The libraries the bundles carry: package.json's dependencies, as installed. */
function shipped() {
  const { dependencies = {} } = require("../package.json");
  return Object.keys(dependencies).map((name) => {
    try {
      const manifest = path.join(__dirname, "..", "node_modules", name, "package.json");
      return `${name}@${JSON.parse(fs.readFileSync(manifest, "utf8")).version}`;
    } catch {
      return `${name} (not installed)`;
    }
  });
}
console.log(`What ships (dependencies): ${shipped().join(", ") || "none found"}`);
const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

const unreachable =
  !report ||
  (report.error && !report.metadata) ||
  /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|405 Method Not Allowed/i.test(
    run.stderr || ""
  );
if (unreachable) {
  const lines = (run.stderr || "").split("\n");
  const reason =
    (report && report.error && report.error.summary) ||
    lines.find((line) => /405|endpoint|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(line)) ||
    "no answer";
  console.log(`npm audit: the advisory service could not be reached, audit not run (${reason})`);
  process.exit(0);
}

const counts = report.metadata.vulnerabilities;
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(
  `npm audit --omit=dev: ${total} vulnerabilities (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low})`
);
if (counts.high > 0 || counts.critical > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
    if (v.severity === "high" || v.severity === "critical")
      console.log(`  ${v.severity}: ${name} (${v.range})`);
  }
  process.exit(1);
}
