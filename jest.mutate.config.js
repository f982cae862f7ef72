/**
 * The jest configuration of npm run mutate (stryker.config.mjs names this file): the suites that
 * exercise the mutated sources directly, in one project, with no build and no summary line.
 * Stryker reads it in its sandbox, so <rootDir> is the sandbox and the tests load the mutated
 * sources. (Without a file of its own, Stryker's jest runner merged jest.config.js's two projects,
 * all 139 suites with the browser ones, under its config, and every mutant ran them all.)
 */
const base = require("./jest.base");
const { testTimeout } = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // The sources too, so that --findRelatedTests follows a mutated file to the suites that import it.
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testTimeout,
  reporters: ["default"],
  testMatch: [
    "<rootDir>/test/engine/**/*.test.ts",
    "<rootDir>/test/template/**/*.test.ts",
    // The functions bundle's suites load src/functions/functions.ts here (GPU_FUNCTIONS_FROM_SOURCE).
    "<rootDir>/test/functions/bundle.test.ts",
    "<rootDir>/test/functions/capital.test.ts",
    "<rootDir>/test/functions/debate.bundle.test.ts",
    "<rootDir>/test/functions/messagesZh.test.ts",
    "<rootDir>/test/functions/catalog.test.ts",
    "<rootDir>/test/functions/jsdoc.test.ts",
    "<rootDir>/test/taskpane/excelHost.test.ts",
    "<rootDir>/test/taskpane/may2026ExcelHost.test.ts",
  ],
};
