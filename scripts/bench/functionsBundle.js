/**
 * Loads the built functions bundle (dist/functions.js) as Excel's custom-functions runtime does:
 * the script runs with a CustomFunctions object that records what it associates, and otherwise
 * the ordinary globals of a JavaScript runtime.
 * Unlike test/support/functionsBundle.ts, it does not use a separate vm context: there, every
 * global the bundle touches (Array.isArray once per row, Number...) goes through node's vm
 * interceptors, which makes GPU.GAP over a full column about 50 times slower than in any real
 * JavaScript runtime and would measure node's vm, not the add-in. vm.compileFunction compiles the
 * bundle in this context with CustomFunctions as its only extra binding.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const ErrorCode = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
};

class CustomFunctionsError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

/** The functions the bundle associated, by upper-case id. */
function loadFunctionsBundle(dist) {
  const file = path.join(dist, "functions.js");
  const associated = new Map();
  const associate = (idOrMap, fn) => {
    const entries = typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
    for (const [id, f] of entries) associated.set(id.toUpperCase(), f);
  };
  const customFunctions = { associate, Error: CustomFunctionsError, ErrorCode };
  const script = vm.compileFunction(fs.readFileSync(file, "utf8"), ["CustomFunctions"], {
    filename: file,
  });
  script(customFunctions);
  return associated;
}

module.exports = { loadFunctionsBundle, CustomFunctionsError, ErrorCode };
