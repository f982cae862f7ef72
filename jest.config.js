/* eslint-disable no-undef */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    // numfmt 4.0.1's package.json names dist/index.cjs for require(), a file its package does not
    // ship; its CommonJS build is dist/index.js (the preview bundle takes its ES build, index.mjs).
    "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js",
  },
  // Rebuilds dist/ and dist-preview/ when a source is newer, so no test reads a stale build.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 60000,
};
