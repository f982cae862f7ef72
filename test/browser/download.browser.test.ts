/**
 * "Download .xlsx" in the real preview page (Chromium, every non-loopback request aborted): after
 * inserting the template and typing 150 into GPU spend, the downloaded file holds both sheets,
 * native formulas only, the edit's figures cached (600, 525, 120 a year, 8 years), the table and
 * both charts. The writer
 * is in the preview's bundle and not in the add-in's (dist/).
 */
import * as fs from "fs";
import * as path from "path";
import { buildTemplatePlan } from "../../src/template";
import { testWrittenFilesValidate } from "../export/schemas";
import { descendants, parseXml, readParts, worksheetCells, writtenFiles } from "../export/support";
import {
  DIST,
  DIST_PREVIEW,
  browserSession,
  describeInBrowser,
  openWatched,
  problems,
} from "./support";

/** Where the template puts its input and results (the pane inserts the plan's layout). */
const plan = buildTemplatePlan();
const a = plan.addresses;

/** A string only the .xlsx writer has (the workbook's recalculate-on-load flag). */
const WRITER_MARK = "fullCalcOnLoad";

function bundleText(dir: string): string {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

describeInBrowser("Download .xlsx (Chromium)", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  it("the writer ships with the preview only, never in the add-in", () => {
    expect(bundleText(DIST_PREVIEW)).toContain(WRITER_MARK);
    expect(bundleText(DIST)).not.toContain(WRITER_MARK);
  });

  it("downloads every sheet and the user's edit, in native formulas", async () => {
    const opened = await openWatched(session.browser, `${session.origin}/`, {
      acceptDownloads: true,
      locale: "en-US",
    });
    const { page, context, blocked } = opened;
    await page.locator("#insert-template").click();
    await page.locator("[role=tab][aria-selected=true]", { hasText: "GPU Payback" }).waitFor();
    await page.locator(`.cell[data-address="${a.spend}"]`).click();
    await page.keyboard.type("150");
    await page.keyboard.press("Enter");
    await page
      .locator(`.cell[data-address="${a.requiredRevenue}"]`, { hasText: "$600.0B" })
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toBe("GPU Payback.xlsx");
    const file = await download.path();
    const parts = readParts(fs.readFileSync(file));
    await context.close();

    const sheets = descendants(parseXml(parts["xl/workbook.xml"]), "sheet");
    expect(sheets.map((s) => s.getAttribute("name"))).toEqual(["Sheet1", "GPU Payback"]);
    const cells = worksheetCells(parts["xl/worksheets/sheet2.xml"]);
    expect(cells.get(a.spend)?.value).toBe("150");
    expect(cells.get(a.requiredRevenue)?.value).toBe("600");
    expect(cells.get(a.gap)?.value).toBe("525");
    // 300 of data-center cost over 5 years ÷ (1 − 50%) = 120 a year; 300 ÷ 37.5 = 8 years.
    expect(cells.get(a.annualRequiredRevenue)?.value).toBe("120");
    expect(cells.get(a.paybackYears)?.value).toBe("8");
    // Over the years: 2023 takes the spend input (150), 2024 the June 2024 essay's 150: 300 of
    // data-center cost over 5 years, charges 60, 120, 180…, each cell its own native formula.
    const charges = plan.years.rows.charges.split(":")[0].replace(/\d+$/, "");
    const chargesRow = plan.years.rows.charges.replace(/^[A-Z]+/, "").split(":")[0];
    const first = cells.get(`${charges}${chargesRow}`);
    expect(first?.value).toBe("60");
    expect(first?.formula).toBeDefined();
    const formulas = Array.from(cells.values()).flatMap((cell) =>
      cell.formula ? [cell.formula] : []
    );
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.filter((formula) => /GPU\./i.test(formula))).toEqual([]);
    expect(parts["xl/tables/table1.xml"]).toContain('name="GpuPaybackRevenue"');
    expect(parts["xl/charts/chart1.xml"]).toContain("<c:barChart>");
    expect(parts["xl/charts/chart2.xml"]).toContain("<c:lineChart>");
    // The inputs' data validation, as the command line's file has it: 8 rules.
    const rules = descendants(parseXml(parts["xl/worksheets/sheet2.xml"]), "dataValidation");
    expect(rules.map((r) => r.getAttribute("sqref"))).toEqual(
      plan.cells.filter((cell) => cell.validation).map((cell) => cell.address)
    );
    expect(rules).toHaveLength(8);
    expect(problems(opened)).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120000);

  testWrittenFilesValidate(writtenFiles);
});
