/**
 * The task pane's host in Excel: writes a TemplatePlan into a new sheet through Excel.run
 * (excelTemplate.ts), writes example formulas into the selected cell, recalculates, and re-enters
 * the GPU formulas of the active sheet. It translates, it computes nothing.
 *
 * Requirement sets (checked with Office.context.requirements.isSetSupported before any write):
 * - insertTemplate: ExcelApi 1.4 (Worksheet.names / NamedItemCollection.add 1.4,
 *   RangeFormat.columnWidth 1.2; sheets, ranges, tables, charts, activate and select 1.1);
 *   where Excel has more, the inputs' data validation (ExcelApi 1.8) and the line chart's year
 *   labels (ChartAxis.setCategoryNames, 1.7); without them the sheet is the same, its input
 *   check cell still names an invalid input and the line chart counts its years 1, 2, 3...;
 * - insertFormula: ExcelApi 1.7 (Workbook.getActiveCell);
 * - recalculate: ExcelApi 1.1 (Application.calculate);
 * - reenterGpuFormulas: ExcelApi 1.4 (Worksheet.getUsedRangeOrNullObject 1.4, valuesOnly 1.2;
 *   getActiveWorksheet, Range.getCell and formulas 1.1);
 * - makePortable: ExcelApi 1.7 (Worksheet.copy 1.7, getUsedRangeOrNullObject 1.4).
 */
/* global Excel, Office */
import type { TemplatePlan } from "../template";
import { toPaneError } from "./excelErrors";
import { writeTemplate, type OptionalParts } from "./excelTemplate";
import { isGpuFormula, reenteredFormula } from "./gpuFormulas";
import { makeActiveSheetPortable } from "./excelPortable";
import {
  PaneError,
  type PaneHost,
  type PortableMode,
  type PortableResult,
  type ReenteredFormulas,
} from "./host";

export { structuredColumnReference } from "./tableNames";

/** The ExcelApi version each action needs. */
export const REQUIRED_EXCEL_API = {
  insertTemplate: "1.4",
  insertFormula: "1.7",
  recalculate: "1.1",
  reenterGpuFormulas: "1.4",
  makePortable: "1.7",
} as const;

/** What the template uses where Excel has it, and leaves out where not. */
export const OPTIONAL_EXCEL_API = { validation: "1.8", categoryNames: "1.7" } as const;

/** What the host needs from Office: Excel.run and the requirement-set check (tests pass fakes). */
export interface ExcelEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office environment; only call it after Office.onReady. */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;

  constructor(private readonly environment: ExcelEnvironment = officeEnvironment()) {}

  private require(action: keyof typeof REQUIRED_EXCEL_API): void {
    const version = REQUIRED_EXCEL_API[action];
    if (!this.environment.isSetSupported("ExcelApi", version)) {
      throw new PaneError("unsupported", `This version of Excel lacks ExcelApi ${version}.`, {
        requirementSet: `ExcelApi ${version}`,
      });
    }
  }

  /** Which optional parts of the template this Excel can write. */
  private optional(): OptionalParts {
    const has = (version: string) => this.environment.isSetSupported("ExcelApi", version);
    return {
      validation: has(OPTIONAL_EXCEL_API.validation),
      categoryNames: has(OPTIONAL_EXCEL_API.categoryNames),
    };
  }

  /** Writes the plan into a new sheet (writeTemplate says in how many round trips). */
  async insertTemplate(plan: TemplatePlan): Promise<string> {
    this.require("insertTemplate");
    try {
      const optional = this.optional();
      return await this.environment.run((context) => writeTemplate(context, plan, optional));
    } catch (error) {
      throw toPaneError(error);
    }
  }

  /** Writes the formula into the active cell if it is empty; never overwrites what is there. */
  async insertFormula(formula: string): Promise<string> {
    this.require("insertFormula");
    try {
      return await this.environment.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load(["address", "formulas", "values"]);
        await context.sync();
        // A cell that another formula spills into has a value but no formula of its own.
        const held = [cell.formulas[0]?.[0], cell.values[0]?.[0]];
        if (held.some((content) => content !== "" && content !== null && content !== undefined)) {
          throw new PaneError("occupied", `${cell.address} is not empty.`, {
            address: cell.address,
          });
        }
        cell.formulas = [[formula]];
        await context.sync();
        return cell.address;
      });
    } catch (error) {
      throw toPaneError(error);
    }
  }

  async reenterGpuFormulas(): Promise<ReenteredFormulas> {
    this.require("reenterGpuFormulas");
    try {
      return await this.environment.run(reenterOnActiveSheet);
    } catch (error) {
      throw toPaneError(error);
    }
  }

  async recalculate(): Promise<void> {
    this.require("recalculate");
    try {
      await this.environment.run(async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
      });
    } catch (error) {
      throw toPaneError(error);
    }
  }

  /**
   * Rewrites the active sheet's GPU.* formulas in native form, on a copy (the default) or in
   * place (src/taskpane/excelPortable.ts says how many syncs each takes).
   */
  async makePortable(mode: PortableMode): Promise<PortableResult> {
    this.require("makePortable");
    try {
      return await this.environment.run((context) => makeActiveSheetPortable(context, mode));
    } catch (error) {
      throw toPaneError(error);
    }
  }
}

/**
 * Two round trips: one reads the active sheet's name and its used range, one
 * writes each GPU.* formula back into its own cell (none when there is none). Only those cells
 * are written, and only their formulas: values, formats and other formulas stay as they are.
 */
async function reenterOnActiveSheet(context: Excel.RequestContext): Promise<ReenteredFormulas> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  // valuesOnly: cells with a value, which every formula has; formats alone do not count.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["formulas", "values"]);
  await context.sync(); // round trip 1: what the sheet holds
  if (used.isNullObject) return { sheet: sheet.name, formulas: 0 };
  let formulas = 0;
  used.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      // A text that merely starts with "=" reads back as its own value: not a formula.
      if (!isGpuFormula(formula) || used.values[r][c] === formula) return;
      used.getCell(r, c).formulas = [[reenteredFormula(formula)]];
      formulas++;
    })
  );
  if (formulas > 0) await context.sync(); // round trip 2: each GPU formula entered again
  return { sheet: sheet.name, formulas };
}
