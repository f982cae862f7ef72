/**
 * The template sheet, described once and host-agnostic. The Excel task pane and the preview both
 * write a TemplatePlan; neither computes anything: every result is a formula over the input cells.
 *
 * The plan is a composition of sections, one builder each. The sections stack down two bands of
 * columns (the model in A:C; the grids, the years, the charts and the sources from E), then the
 * debate and, last, the company table below both, so each one's position follows from those
 * before it (adding a section moves nothing by hand) and the table, which grows and shrinks,
 * shares its rows with nothing.
 */
import { PRESETS } from "../engine";
import { LABELS } from "./labels";
import { columnLetters, rangeAround } from "../engine/a1";
import { Stack } from "./layout";
import { resultsChartSection, yearsChartSection } from "./sections/chart";
import { companyTableSection, REVENUES_NAME } from "./sections/companyTable";
import { DEBATE_COLUMNS, debateSection } from "./sections/debate";
import { DEBATE_LABELS } from "./debateLabels";
import { GRID_MARGINS, lifeGridSection, spendGridSection } from "./sections/grid";
import { HEADING_ROWS, headingSection } from "./sections/heading";
import { nativeTemplatePlan } from "./nativeFormulas";
import { inputsSection } from "./sections/inputs";
import { resultsSection } from "./sections/results";
import { sourcesSection } from "./sections/sources";
import { FIRST_YEAR, LAST_YEAR, yearsSection } from "./sections/years";
import type {
  CellPlan,
  ColumnWidth,
  SectionName,
  SectionPlan,
  TemplateAddresses,
  TemplateOptions,
  TemplatePlan,
} from "./types";

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
  const sideColumns = Math.max(GRID_MARGINS.length, LAST_YEAR - FIRST_YEAR + 1, DEBATE_COLUMNS - 5);
  return [
    { column: "A", points: 190 },
    { column: "B", points: 110 },
    { column: "C", points: 400 },
    { column: "D", points: 16 },
    { column: "E", points: 150 },
    ...Array.from({ length: sideColumns }, (_, j) => ({
      column: columnLetters(SIDE_COLUMN + 1 + j),
      points: 72,
    })),
  ];
}

/** A section's place: the range around its cells and whatever else it covers. */
function section(
  name: SectionName,
  cells: readonly CellPlan[],
  covers: readonly string[] = []
): SectionPlan {
  return { name, range: rangeAround([...cells.map((cell) => cell.address), ...covers]) };
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
  const heading = headingSection(headingOrigin, text, presetId, results.addresses.requiredRevenue);

  const side = new Stack(sideTop, SIDE_COLUMN);
  const grids = includeGrid
    ? [
        side.place((origin) => spendGridSection(origin, text, input)),
        side.place((origin) => lifeGridSection(origin, text, input)),
      ]
    : [];
  const years = side.place((origin) =>
    yearsSection(origin, text, input, results.addresses, presetId)
  );
  const charts = includeChart
    ? [
        side.place((origin) => resultsChartSection(origin, text, results.addresses)),
        side.place((origin) => yearsChartSection(origin, text, years.years)),
      ]
    : [];
  const sources = side.place((origin) => sourcesSection(origin, text, language));
  // Below both bands: the debate, then the company table last, so that no section shares its
  // rows or sits below it; a row added, deleted or inserted in it moves nothing else.
  const below = new Stack(Math.max(model.nextRow, side.nextRow), MODEL_COLUMN);
  const debate = below.place((origin) => debateSection(origin, DEBATE_LABELS[language]));
  const company = below.place((origin) =>
    companyTableSection(origin, text, PRESETS[presetId].revenues)
  );

  const sections: SectionPlan[] = [
    section("heading", heading.cells),
    section("inputs", inputs.cells),
    section("results", results.cells),
    ...grids.map((block) =>
      section(block.grid.rowsVary === "spend" ? "spendGrid" : "lifeGrid", block.cells)
    ),
    section("years", years.cells),
    ...charts.map((block, i) =>
      section(i === 0 ? "resultsChart" : "yearsChart", block.cells, [
        `${block.chart.topLeft}:${block.chart.bottomRight}`,
      ])
    ),
    section("sources", sources.cells),
    section("debate", debate.cells),
    { ...section("companyTable", company.cells, [company.table.range]), grows: true },
  ];
  const addresses: TemplateAddresses = {
    ...input,
    check: inputs.check,
    ...results.addresses,
  };
  const plan: TemplatePlan = {
    language,
    preset: presetId,
    sheetName: text.sheetName,
    cells: [heading, inputs, results, company, ...grids, years, sources, debate].flatMap(
      (block) => block.cells
    ),
    table: company.table,
    names: company.names,
    grids: grids.map((block) => block.grid),
    years: years.years,
    charts: charts.map((block) => block.chart),
    debate: debate.analyses,
    columnWidths: columnWidths(),
    sections,
    addresses,
    activeCell: addresses.spend,
  };
  return options.formulas === "native" ? nativeTemplatePlan(plan) : plan;
}
