import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
];
