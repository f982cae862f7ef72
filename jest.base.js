/**
 * What every jest project shares (jest.config.js's "unit" and "built", stryker.config.mjs's run):
 * ts-jest and the module map.
 */
module.exports = {
  testEnvironment: "node",
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    // numfmt 4.0.1's package.json names dist/index.cjs for require(), a file its package does not
    // ship; its CommonJS build is dist/index.js (the preview bundle takes its ES build, index.mjs).
    "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js",
  },
};
