/**
 * The template sheet, described once and host-agnostic. The Excel task pane and the preview both
 * write a TemplatePlan; neither computes anything: every result is a formula over the input cells.
 *
 * The plan is a composition of sections, one builder each. The sections stack down two bands of
 * columns (the model in A:C; the grid and the chart from E), so each one's position follows from
 * those before it: adding a section moves nothing by hand.
 */
import { LABELS } from "./labels";
import { columnLetter, Stack } from "./layout";
import { chartSection } from "./sections/chart";
import { companyTableSection, REVENUES_NAME } from "./sections/companyTable";
import { GRID_MARGINS, gridSection } from "./sections/grid";
import { HEADING_ROWS, headingSection } from "./sections/heading";
import { nativeTemplatePlan } from "./nativeFormulas";
import { inputsSection } from "./sections/inputs";
import { resultsSection } from "./sections/results";
import type { ColumnWidth, TemplateOptions, TemplatePlan } from "./types";

export { REVENUES_NAME, TABLE_NAME } from "./sections/companyTable";
export { GRID_MARGINS, GRID_SPENDS } from "./sections/grid";

/** The first column of the model (A) and of the band beside it (E). */
const MODEL_COLUMN = 0;
const SIDE_COLUMN = 4;

/** Widths wide enough for the longest English note in C (about 75 characters of 11 pt
 * Calibri), so it is not cut off by the grid in E, and for the table's header in B beside its
 * filter button. */
function columnWidths(): ColumnWidth[] {
  return [
    { column: "A", points: 190 },
    { column: "B", points: 110 },
    { column: "C", points: 400 },
    { column: "D", points: 16 },
    { column: "E", points: 140 },
    ...GRID_MARGINS.map((_, j) => ({ column: columnLetter(SIDE_COLUMN + 1 + j), points: 72 })),
  ];
}

/** Builds the template sheet from the engine's defaults, the chosen preset and language. */
export function buildTemplatePlan(options: TemplateOptions = {}): TemplatePlan {
  const presetId = options.preset ?? "sept2023";
  const language = options.language ?? "en";
  const text = LABELS[language];

  const model = new Stack(1, MODEL_COLUMN);
  const heading = headingSection(model.reserve(HEADING_ROWS), text, presetId);
  const sideTop = model.nextRow; // the band beside the model starts level with the inputs
  const inputs = model.place((origin) => inputsSection(origin, text, presetId));
  const results = model.place((origin) =>
    resultsSection(origin, text, inputs.addresses, REVENUES_NAME)
  );
  const company = model.place((origin) => companyTableSection(origin, text));

  const side = new Stack(sideTop, SIDE_COLUMN);
  const grid =
    (options.includeGrid ?? true)
      ? side.place((origin) => gridSection(origin, text, inputs.addresses))
      : undefined;
  const chart =
    (options.includeChart ?? true)
      ? side.place((origin) => chartSection(origin, text, results.addresses))
      : undefined;

  const addresses = { ...inputs.addresses, ...results.addresses };
  const plan: TemplatePlan = {
    language,
    preset: presetId,
    sheetName: text.sheetName,
    cells: [heading, inputs, results, company, grid].flatMap((block) => block?.cells ?? []),
    table: company.table,
    names: company.names,
    grid: grid?.grid,
    chart: chart?.chart,
    columnWidths: columnWidths(),
    addresses,
    activeCell: addresses.spend,
  };
  return options.formulas === "native" ? nativeTemplatePlan(plan) : plan;
}
