import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

/**
 * The layers, one way: engine ← template ← export (the .xlsx writer) and the hosts above them
 * (functions, taskpane and help: the add-in; preview and cli: HyperFormula's side). A folder may
 * not import from the folders named here for it (by relative path, at any depth).
 */
const LAYERS = {
  engine: ["template", "export", "functions", "taskpane", "help", "preview", "cli"],
  template: ["export", "functions", "taskpane", "help", "preview", "cli"],
  export: ["functions", "taskpane", "help", "preview", "cli"],
  functions: ["export", "taskpane", "help", "preview", "cli"],
  help: ["export", "functions", "taskpane", "preview", "cli"],
  taskpane: ["export", "functions", "preview", "cli"],
};

/** HyperFormula is GPL: only the preview and the command line may load it, never the add-in. */
const HYPERFORMULA = {
  name: "hyperformula",
  message:
    "HyperFormula (GPL) belongs to src/preview and src/cli only, never to the add-in or the writer.",
};

const layerRules = Object.entries(LAYERS).map(([folder, above]) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [HYPERFORMULA],
        patterns: [
          {
            regex: `^(\\.\\./)+(${above.join("|")})(/|$)`,
            message: `src/${folder} may not import from src/{${above.join(",")}}: the layers go engine ← template ← export ← hosts.`,
          },
        ],
      },
    ],
  },
}));

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
  {
    // The bench's browser parts hand functions to page.evaluate: those run in the page.
    files: ["scripts/bench/previewBrowser.js", "scripts/bench/saveTime.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...layerRules,
];
