/**
 * scripts/mutation-report.js writes docs/mutation-survivors.md from Stryker's JSON report: the
 * score counts killed and timed-out mutants against those plus the survivors and the uncovered
 * ones (compile errors do not count), and every undetected mutant gets a row with its change.
 */

const { page, readReports, tally } = require("../../scripts/mutation-report.js");
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const at = (line: number, from: number, to: number) => ({
  start: { line, column: from },
  end: { line, column: to },
});

const report = {
  files: {
    "src/engine/payback.ts": {
      source: "const a = spend * (1 + energy);\nreturn a / (1 - margin);",
      mutants: [
        {
          mutatorName: "ArithmeticOperator",
          replacement: "spend / (1 + energy)",
          location: at(1, 11, 31),
          status: "Killed",
        },
        {
          mutatorName: "ArithmeticOperator",
          replacement: "a * (1 - margin)",
          location: at(2, 8, 24),
          status: "Timeout",
        },
        {
          mutatorName: "ArithmeticOperator",
          replacement: "1 + margin",
          location: at(2, 13, 23),
          status: "Survived",
        },
        {
          mutatorName: "BlockStatement",
          replacement: "{}",
          location: at(1, 1, 32),
          status: "CompileError",
        },
      ],
    },
    "src/engine/gap.ts": {
      source: "return required - identified;",
      mutants: [
        {
          mutatorName: "ArithmeticOperator",
          replacement: "required + identified",
          location: at(1, 8, 29),
          status: "NoCoverage",
        },
      ],
    },
  },
};

describe("the mutation report", () => {
  it("scores detected (killed, timed out) against valid mutants, leaving compile errors out", () => {
    const all = tally(Object.values(report.files).flatMap((f) => f.mutants));
    expect(all).toEqual({ detected: 2, undetected: 2, valid: 4, score: 50 });
  });

  it("scores an empty file as 100% rather than dividing by zero", () => {
    expect(tally([]).score).toBe(100);
  });

  it("states the score, each file's, and a row per undetected mutant with its original text", () => {
    const text: string = page(report);
    expect(text).toContain("Score: **50.0%** (2 of 4 mutants detected, 1 of them by a timeout).");
    expect(text).toContain("1 killed by a failing test of 3, **33.3%**.");
    expect(text).toContain("From the report of a whole run");
    expect(text).toContain("| src/engine/payback.ts | 66.7% | 2 | 1 | 3 |");
    expect(text).toContain("| src/engine/gap.ts | 0.0% | 0 | 0 | 1 |");
    expect(text).toContain(
      "| src/engine/payback.ts:2 | ArithmeticOperator | `1 - margin` → `1 + margin` | survived |"
    );
    expect(text).toContain(
      "| src/engine/gap.ts:1 | ArithmeticOperator | `required - identified` → `required + identified` | no test |"
    );
    expect(text).not.toContain("spend / (1 + energy)");
  });

  it("merges the parts' reports, and takes the whole run's report only when there are no parts", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mutation-"));
    const write = (name: string, files: object) =>
      fs.writeFileSync(path.join(folder, name), JSON.stringify({ files }));
    expect(readReports(folder)).toBeNull();
    write("incremental.json", { "src/old.ts": { source: "", mutants: [] } });
    expect(readReports(folder)).toEqual({ files: { "src/old.ts": { source: "", mutants: [] } } });
    write("incremental-engine.json", {
      "src/engine/payback.ts": report.files["src/engine/payback.ts"],
    });
    write("incremental-hosts.json", { "src/engine/gap.ts": report.files["src/engine/gap.ts"] });
    write("incremental-engine.html", {});
    write("mutation-catalog.json", { "src/other.ts": { source: "", mutants: [] } });
    const merged = readReports(folder);
    expect(Object.keys(merged.files).sort()).toEqual([
      "src/engine/gap.ts",
      "src/engine/payback.ts",
    ]);
    expect(merged.parts).toEqual(["engine", "hosts"]);
    expect(page(merged)).toContain("From the reports of the parts engine, hosts");
    fs.rmSync(folder, { recursive: true });
  });
});
