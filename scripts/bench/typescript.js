/**
 * Lets the benchmark require the project's TypeScript sources (the Excel host, the preview's
 * HyperFormula host, the template plan) from plain node: each .ts file is transpiled on require
 * with the project's own TypeScript compiler (type-only imports are dropped, as isolatedModules
 * guarantees is safe). Nothing is written to disk.
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

let registered = false;

/** Registers the .ts loader for files of this repository (not node_modules). */
function registerTypeScript() {
  if (registered) return;
  registered = true;
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

module.exports = { registerTypeScript, ROOT };
