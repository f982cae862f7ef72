/**
 * Lets the build's node scripts require the project's TypeScript sources (the function catalog,
 * the help reference): each .ts file is transpiled with the project's own TypeScript compiler
 * when it is required. Only for build-time code that must read src/ as data; the bundles
 * themselves are compiled by webpack's ts-loader.
 * Why not ts-node or tsx: one more dependency for what transpileModule does in a few lines.
 */
const fs = require("fs");
const ts = require("typescript");

function register() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    });
    module._compile(outputText, filename);
  };
}

/** Requires a TypeScript module of the project, fresh (so watch mode sees edits). */
function requireTs(file) {
  register();
  for (const key of Object.keys(require.cache)) {
    if (key.endsWith(".ts")) delete require.cache[key];
  }
  return require(file);
}

module.exports = { requireTs };
