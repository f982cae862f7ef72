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
  },
  // Rebuilds dist/ and dist-preview/ when a source is newer, so no test reads a stale build.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 60000,
};
