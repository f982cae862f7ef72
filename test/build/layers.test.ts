/**
 * The layers eslint.config.mjs enforces (no-restricted-imports per folder): each case is one
 * import in one folder, linted by ESLint itself with the project's config (in a child process,
 * since the config is an ES module).
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Case {
  readonly file: string;
  readonly code: string;
}

/** Each case's restricted-import messages, from one ESLint run. */
function restricted(cases: readonly Case[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.file });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const importOf = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

const REFUSED: Case[] = [
  { file: "src/engine/payback.ts", code: importOf("../template") },
  { file: "src/engine/catalog/native.ts", code: importOf("../../template/plan") },
  { file: "src/engine/payback.ts", code: importOf("hyperformula") },
  { file: "src/template/plan.ts", code: importOf("../export/model") },
  { file: "src/template/sections/rules.ts", code: importOf("../../taskpane/pane") },
  { file: "src/export/xlsx.ts", code: importOf("../preview/hyperformulaHost") },
  { file: "src/export/xlsx.ts", code: importOf("hyperformula") },
  { file: "src/functions/functions.ts", code: importOf("hyperformula") },
  { file: "src/taskpane/pane.ts", code: importOf("../preview/workbook") },
  { file: "src/taskpane/pane.ts", code: importOf("hyperformula") },
  { file: "src/help/reference.ts", code: importOf("../taskpane/pane") },
];

const ALLOWED: Case[] = [
  { file: "src/engine/catalog/native.ts", code: importOf("../payback") },
  { file: "src/template/plan.ts", code: importOf("../engine") },
  { file: "src/template/sections/rules.ts", code: importOf("../../engine/validate") },
  { file: "src/export/xlsx.ts", code: importOf("../template") },
  { file: "src/export/xlsx.ts", code: importOf("fflate") },
  { file: "src/functions/functions.ts", code: importOf("../engine") },
  { file: "src/taskpane/pane.ts", code: importOf("../../help/pages") },
  { file: "src/preview/engine.ts", code: importOf("hyperformula") },
  { file: "src/preview/xlsx/fromHost.ts", code: importOf("../../export/model") },
  { file: "src/cli/exportTemplate.ts", code: importOf("../preview/hyperformulaHost") },
];

describe("the layers (eslint.config.mjs)", () => {
  let results: string[][];
  beforeAll(() => {
    results = restricted([...REFUSED, ...ALLOWED]);
  }, 60000);

  it.each(REFUSED.map((c, i) => [c.file, c.code.split('"')[1], i] as const))(
    "refuses, in %s, an import of %s",
    (_file, _from, i) => {
      expect(results[i]).toHaveLength(1);
    }
  );

  it.each(ALLOWED.map((c, i) => [c.file, c.code.split('"')[1], REFUSED.length + i] as const))(
    "allows, in %s, an import of %s",
    (_file, _from, i) => {
      expect(results[i]).toEqual([]);
    }
  );

  it("says what to fix: the folder, what it may not import and why", () => {
    expect(results[0][0]).toContain("src/engine may not import from src/{template,");
    expect(results[2][0]).toContain("HyperFormula (GPL) belongs to src/preview and src/cli only");
  });
});
