import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // TypeScript itself reports undefined names in .ts files (DOM, Office and Excel globals included).
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    // The build, test-support and script files run in Node.js (CommonJS): its globals are known.
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
];
