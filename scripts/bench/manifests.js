/**
 * What the manifests and the app package cost a build: writing both manifests for dist/'s
 * functions.json (the first call compiles Microsoft's JSON schemas with ajv, later calls reuse
 * them), and npm run package's zip (time and bytes).
 */
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const { ROOT } = require("../lib/require-ts");

const RUNS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(action) {
  const start = performance.now();
  const value = action();
  return { ms: performance.now() - start, value };
}

function benchManifests() {
  const dist = path.join(ROOT, "dist");
  const { manifests } = require("../build/manifests");
  const { appPackage } = require("../package");
  const { functions } = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  const url = "https://gpu-payback.test/";
  const first = timed(() => manifests(url, functions));
  const again = median(
    Array.from({ length: RUNS }, () => timed(() => manifests(url, functions)).ms)
  );
  const packed = Array.from({ length: RUNS }, () => timed(() => appPackage(dist)));
  return {
    runs: RUNS,
    firstMs: first.ms,
    againMs: again,
    manifestBytes: Buffer.byteLength(first.value["manifest.json"]),
    packageMs: median(packed.map((p) => p.ms)),
    packageBytes: packed[0].value.length,
  };
}

module.exports = { benchManifests };
