/**
 * Two jest projects, so that a unit test runs without a build:
 * - "unit": suites that read only sources (no globalSetup);
 * - "built": suites that read dist/ or dist-preview/ (the built bundles, pages and manifest). Its
 *   globalSetup rebuilds what is stale first; jest runs it only when a suite of this project runs.
 * A suite is "built" when its text names a built folder or a helper that reads one (see BUILT);
 * when in doubt a suite lands there, which costs a build, never a stale result. `npm test` runs both.
 */
const fs = require("fs");
const path = require("path");

const TEST_ROOT = path.join(__dirname, "test");
/** What a suite that reads the builds says: a loader of the bundle, the browser, or the folders. */
const BUILT =
  /loadFunctionsBundle|readMetadata|describeInBrowser|\bDIST(_PREVIEW)?\b|["'`/]dist(-preview)?["'`/]/;

function suites(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return suites(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

const all = suites(TEST_ROOT);
const built = all.filter((file) => BUILT.test(fs.readFileSync(file, "utf8")));
const unit = all.filter((file) => !built.includes(file));

const base = require("./jest.base");

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...base, displayName: "unit", testMatch: unit },
    {
      ...base,
      displayName: "built",
      testMatch: built,
      // Rebuilds dist/ and dist-preview/ when a source is newer, so no test reads a stale build.
      globalSetup: "<rootDir>/test/support/globalSetup.js",
    },
  ],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 60000,
};
