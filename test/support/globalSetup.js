/**
 * Jest globalSetup: no test runs against a stale build. dist/ (the add-in, built for the tested
 * address: ADDIN_PUBLIC_URL, or https://gpu-payback.test/ when unset) and dist-preview/ are rebuilt
 * when missing, older than any source, or (dist/) built for another address; when a build fails
 * the run stops with webpack's own message.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { staleness } = require("../../scripts/build/freshness");
const { testedUrl } = require("../../scripts/build/publicUrl");

const ROOT = path.resolve(__dirname, "../..");
/** What the builds are made of. */
const SOURCES = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "webpack.preview.config.js",
  "scripts/build",
  "tsconfig.json",
  "package-lock.json",
];

function builtFor(url) {
  const manifest = path.join(ROOT, "dist", "manifest.xml");
  return fs.existsSync(manifest) && fs.readFileSync(manifest, "utf8").includes(url);
}

function build(name, config, env, reason) {
  process.stderr.write(`\n[globalSetup] rebuilding ${name}/: ${reason}\n`);
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config", config, "--mode", "production"],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
      .trim()
      .split("\n")
      .slice(-40)
      .join("\n");
    throw new Error(
      `The tests need a fresh ${name}/ and its build failed (webpack --config ${config}):\n${output}`
    );
  }
  const still = staleness(ROOT, name, SOURCES);
  if (still) throw new Error(`${name}/ is still older than its sources after a build: ${still}`);
}

module.exports = async function globalSetup() {
  const url = testedUrl();
  const dist = staleness(ROOT, "dist", SOURCES);
  if (dist) build("dist", "webpack.config.js", { ADDIN_PUBLIC_URL: url }, dist);
  else if (!builtFor(url)) {
    build("dist", "webpack.config.js", { ADDIN_PUBLIC_URL: url }, `it was not built for ${url}`);
  }
  const preview = staleness(ROOT, "dist-preview", SOURCES);
  if (preview) build("dist-preview", "webpack.preview.config.js", {}, preview);
};
