/** How the template's cells look: styles by name and the number formats. */
import type { CellStyle, StyleName } from "./types";

/** How each style looks; hosts apply these as they can. */
export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  subtitle: { italic: true, fontColor: "#404040" },
  note: { italic: true, fontColor: "#595959" },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  label: {},
  input: { fill: "#FFF2CC", fontColor: "#0000FF", bold: true },
  result: { bold: true },
  gridHeader: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center" },
  grid: {},
};

/**
 * The charts' colours, one a series (or a point, in a chart of one series): Excel's default
 * series colours, so the preview's charts and the written file's look the same everywhere.
 */
export const CHART_COLOURS: readonly string[] = [
  "#4472C4",
  "#70AD47",
  "#ED7D31",
  "#FFC000",
  "#5B9BD5",
];

export const MONEY_FORMAT = '"$"#,##0.0"B"';
export const PERCENT_FORMAT = "0.0%";
export const RATIO_FORMAT = "0.00";
export const YEARS_FORMAT = "0";
export const PAYBACK_FORMAT = "0.0";
