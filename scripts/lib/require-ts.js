/**
 * Lets plain node scripts (the build's, the benchmark's, the docs generator's) require the
 * project's TypeScript sources: each .ts file of this repository is transpiled with the project's
 * own TypeScript compiler when it is required (type-only imports are dropped, as isolatedModules
 * guarantees is safe). Nothing is written to disk; the bundles themselves are compiled by
 * webpack's ts-loader.
 * Why not ts-node or tsx: one more dependency for what transpileModule does in a few lines.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "../..");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  isolatedModules: true,
  sourceMap: false,
  inlineSourceMap: false,
};

/** Registers the .ts loader for files of this repository (not node_modules); once. */
function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    const relative = path.relative(ROOT, filename);
    if (relative.startsWith("..") || relative.split(path.sep).includes("node_modules")) {
      throw new Error(`${filename}: only this repository's TypeScript is loaded`);
    }
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions,
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
}

/** Requires a TypeScript module of the project, fresh (so watch mode sees edits). */
function requireTs(file) {
  registerTypeScript();
  for (const key of Object.keys(require.cache)) {
    if (key.endsWith(".ts")) delete require.cache[key];
  }
  return require(file);
}

module.exports = { requireTs, registerTypeScript, ROOT };
