/**
 * Insertion that never loses anything: inserting the template into a workbook that already
 * holds 1, 2 or 50 template sheets (or a sheet of the user's named like one, in any case) adds
 * one new sheet with a valid unused name and leaves every existing sheet, table and name as it was.
 * The workbook is the task pane tests' office-addin-mock fake (test/taskpane/fakeExcel.ts), which
 * enforces Excel's rule that sheet names are unique ignoring case.
 */
import fc from "fast-check";
import { ExcelHost } from "../../src/taskpane/excelHost";
import {
  LABELS,
  LANGUAGES,
  buildTemplatePlan,
  isValidSheetName,
  type Language,
} from "../../src/template";
import { FakeWorkbook, type FakeWorkbookOptions } from "../taskpane/fakeExcel";

function templateSheets(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? base : `${base} (${i + 1})`));
}

interface Snapshot {
  sheets: unknown[];
  tables: unknown[];
  names: unknown[];
}

async function insertInto(options: FakeWorkbookOptions, language: Language) {
  const workbook = new FakeWorkbook(options);
  const before = workbook.snapshot() as Snapshot;
  const host = new ExcelHost(workbook.environment());
  const name = await host.insertTemplate(buildTemplatePlan({ language }));
  const after = workbook.snapshot() as Snapshot;
  return { workbook, before, after, name };
}

/** Everything that was there is there, unchanged and in its place; exactly one sheet was added. */
function expectUntouched({
  before,
  after,
  name,
}: {
  before: Snapshot;
  after: Snapshot;
  name: string;
}) {
  expect(after.sheets).toHaveLength(before.sheets.length + 1);
  expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
  expect((after.sheets[before.sheets.length] as { name: string }).name).toBe(name);
  expect(after.tables.slice(0, before.tables.length)).toEqual(before.tables);
  expect(after.names).toEqual(before.names);
}

describe.each(LANGUAGES)(
  "inserting the %s template next to existing template sheets",
  (language) => {
    const base = LABELS[language].sheetName;

    it.each([1, 2, 50])(
      "with %i template sheet(s), adds the next one and touches none",
      async (count) => {
        const existing = templateSheets(base, count);
        const tables: Array<[string, string, string]> = existing.map((sheet, i) => [
          i === 0 ? "GpuPaybackRevenue" : `GpuPaybackRevenue${i + 1}`,
          sheet,
          "A20:C31",
        ]);
        const result = await insertInto({ sheets: ["Sheet1", ...existing], tables }, language);
        expect(result.name).toBe(`${base} (${count + 1})`);
        expectUntouched(result);
        expect(result.workbook.tables[result.workbook.tables.length - 1]?.name).toBe(
          `GpuPaybackRevenue${count + 1}`
        );
        expect(result.workbook.syncs).toBe(2);
      }
    );

    it("skips a user's sheet named like a template sheet, in another case", async () => {
      const existing = [base, `${base} (2)`, `${base} (3)`.toLowerCase()];
      const result = await insertInto({ sheets: existing }, language);
      expect(result.name).toBe(`${base} (4)`);
      expectUntouched(result);
    });
  }
);

describe("any workbook (fast-check)", () => {
  const userSheet = fc.oneof(
    fc.constantFrom(
      "Sheet1",
      "Budget",
      "gpu payback",
      "GPU PAYBACK (2)",
      "gpu 回本試算 (3)",
      "History (2)"
    ),
    fc.string({ minLength: 1, maxLength: 31 }).filter(isValidSheetName)
  );
  const workbookSheets = fc
    .tuple(
      fc.array(userSheet, { maxLength: 12 }),
      fc.constantFrom(...LANGUAGES),
      fc.nat({ max: 50 })
    )
    .map(([own, language, count]) => {
      const sheets: string[] = [];
      for (const name of [...own, ...templateSheets(LABELS[language].sheetName, count)]) {
        if (!sheets.some((s) => s.toLowerCase() === name.toLowerCase())) sheets.push(name);
      }
      return sheets.length > 0 ? sheets : ["Sheet1"];
    });

  it("gets one new sheet with a valid, unused name, and nothing else changes", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSheets, fc.constantFrom(...LANGUAGES), async (sheets, language) => {
        const result = await insertInto({ sheets }, language);
        expect(isValidSheetName(result.name)).toBe(true);
        expect(sheets.some((s) => s.toLowerCase() === result.name.toLowerCase())).toBe(false);
        expectUntouched(result);
      }),
      { numRuns: 60 }
    );
  });
});
