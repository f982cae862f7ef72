/**
 * The template sheet, described once and host-agnostic. The Excel task pane and the preview both
 * write a TemplatePlan; neither computes anything: every result is a formula over the input cells.
 *
 * The plan is a composition of sections, one builder each. The sections stack down two bands of
 * columns (the model in A:C; the grids, the years, the charts and the sources from E), so each one's position
 * follows from those before it: adding a section moves nothing by hand.
 */
import { LABELS } from "./labels";
import { columnLetter, Stack } from "./layout";
import { resultsChartSection, yearsChartSection } from "./sections/chart";
import { companyTableSection, REVENUES_NAME } from "./sections/companyTable";
import { GRID_MARGINS, lifeGridSection, spendGridSection } from "./sections/grid";
import { HEADING_ROWS, headingSection } from "./sections/heading";
import { nativeTemplatePlan } from "./nativeFormulas";
import { inputsSection } from "./sections/inputs";
import { resultsSection } from "./sections/results";
import { sourcesSection } from "./sections/sources";
import { FIRST_YEAR, LAST_YEAR, yearsSection } from "./sections/years";
import type { ColumnWidth, TemplateAddresses, TemplateOptions, TemplatePlan } from "./types";

export { REVENUES_NAME, TABLE_NAME } from "./sections/companyTable";
export { GRID_LIVES, GRID_MARGINS, GRID_SPENDS } from "./sections/grid";
export { MODEL_DEFAULTS } from "./sections/inputs";
export { FIRST_YEAR, LAST_YEAR, STATED_SPEND } from "./sections/years";

/** The first column of the model (A) and of the band beside it (E). */
const MODEL_COLUMN = 0;
const SIDE_COLUMN = 4;

/**
 * Widths wide enough for the longest English note in C (about 75 characters of 11 pt Calibri),
 * so it is not cut off by the band in E, and for the table's header in B beside its filter
 * button; from F, one column a margin or a year.
 */
function columnWidths(): ColumnWidth[] {
  const sideColumns = Math.max(GRID_MARGINS.length, LAST_YEAR - FIRST_YEAR + 1);
  return [
    { column: "A", points: 190 },
    { column: "B", points: 110 },
    { column: "C", points: 400 },
    { column: "D", points: 16 },
    { column: "E", points: 150 },
    ...Array.from({ length: sideColumns }, (_, j) => ({
      column: columnLetter(SIDE_COLUMN + 1 + j),
      points: 72,
    })),
  ];
}

/** Builds the template sheet from the engine's defaults, the chosen preset and language. */
export function buildTemplatePlan(options: TemplateOptions = {}): TemplatePlan {
  const presetId = options.preset ?? "sept2023";
  const language = options.language ?? "en";
  const includeGrid = options.includeGrid ?? true;
  const includeChart = options.includeChart ?? true;
  const text = LABELS[language];

  const model = new Stack(1, MODEL_COLUMN);
  const headingOrigin = model.reserve(HEADING_ROWS); // its title follows the results below it
  const sideTop = model.nextRow; // the band beside the model starts level with the inputs
  const inputs = model.place((origin) => inputsSection(origin, text, presetId));
  const input = inputs.addresses;
  const results = model.place((origin) =>
    resultsSection(origin, text, presetId, input, REVENUES_NAME)
  );
  const company = model.place((origin) => companyTableSection(origin, text));
  const heading = headingSection(headingOrigin, text, presetId, results.addresses.requiredRevenue);

  const side = new Stack(sideTop, SIDE_COLUMN);
  const grids = includeGrid
    ? [
        side.place((origin) => spendGridSection(origin, text, input)),
        side.place((origin) => lifeGridSection(origin, text, input)),
      ]
    : [];
  const years = side.place((origin) => yearsSection(origin, text, input, results.addresses));
  const charts = includeChart
    ? [
        side.place((origin) => resultsChartSection(origin, text, results.addresses)),
        side.place((origin) => yearsChartSection(origin, text, years.years)),
      ]
    : [];
  const sources = side.place((origin) => sourcesSection(origin, text, language));

  const addresses: TemplateAddresses = {
    ...input,
    check: inputs.check,
    ...results.addresses,
  };
  const plan: TemplatePlan = {
    language,
    preset: presetId,
    sheetName: text.sheetName,
    cells: [heading, inputs, results, company, ...grids, years, sources].flatMap(
      (block) => block.cells
    ),
    table: company.table,
    names: company.names,
    grids: grids.map((block) => block.grid),
    years: years.years,
    charts: charts.map((block) => block.chart),
    columnWidths: columnWidths(),
    addresses,
    activeCell: addresses.spend,
  };
  return options.formulas === "native" ? nativeTemplatePlan(plan) : plan;
}
