/**
 * npm run mutate: StrykerJS over the engine, the template plan, the custom functions and the Excel
 * host, with the jest tests that exercise those sources directly. Not part of CI (it takes long on
 * a small machine); docs/mutation.md has the last score and the equivalent mutants.
 */

/**
 * A run in parts (scripts/mutate-parts.sh): MUTATE_PART names the part; its incremental file is its
 * own, so parts finish (and keep their results) one by one.
 */
const part = process.env.MUTATE_PART ? `-${process.env.MUTATE_PART}` : "";

// test/support/functionsBundle.ts then loads src/functions/functions.ts (as mutated), not dist/.
process.env.GPU_FUNCTIONS_FROM_SOURCE = "1";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  checkers: ["typescript"],
  // The checker type-checks the mutated sources only (the tests are type-checked by npm run lint).
  tsconfigFile: "tsconfig.stryker.json",
  mutate: [
    "src/engine/**/*.ts",
    "src/template/**/*.ts",
    "src/functions/**/*.ts",
    // The Excel host: the host, the template writer and the error mapping.
    "src/taskpane/excelHost.ts",
    "src/taskpane/excelTemplate.ts",
    "src/taskpane/excelErrors.ts",
  ],
  jest: {
    projectType: "custom",
    // The suites that exercise the mutated sources, read in the sandbox (see that file).
    configFile: "jest.mutate.config.js",
    // Each mutant runs only the suites that import its file (test/support/functionsBundle.ts
    // requires src/functions/functions.ts by a literal path so that jest sees that import).
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants: the sheet labels, the article's table) need every test
  // rerun in a fresh module per mutant: two thirds of the mutants and over 90% of the time on two
  // cores. They are left out of the run (and the score) here; docs/mutation.md says so.
  ignoreStatic: true,
  // Stryker gives half to the TypeScript checkers: 4 makes two jest runners, one per core here.
  concurrency: 4,
  // Added to 1.5 × the covering tests' own time, which leaves out loading the suites a mutant's
  // run loads. At 20 s, 309 of 672 mutants of src/engine/*.ts timed out (2 December), and one of
  // three tried by hand passed every test in 26 s: a survivor counted as detected. An endless loop
  // inside mutated code is stopped sooner by Stryker's hit limit, so a long timeout costs little.
  timeoutMS: 60000,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: `reports/mutation/mutation${part}.html` },
  // dist/ stays: the functions tests read dist/functions.json and the bundle's text.
  ignorePatterns: ["dist-preview", "reports", "coverage", "test-output", "mutation"],
  // A rerun after a change tests only the mutants in changed code (and those its changed tests
  // reach). The file is Stryker's whole report (the JSON reporter's, with the tests) and is
  // committed: a complete run takes longer than a working session on two cores, so the next one
  // resumes from it, and npm run mutate:report reads it (docs/mutation.md).
  incremental: true,
  incrementalFile: `mutation/incremental${part}.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
