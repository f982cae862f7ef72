/**
 * The workbook's theme part (xl/theme/theme1.xml): Office's default theme (its colours, Calibri,
 * plain fills, lines and effects). Excel writes one into every workbook; LibreOffice and Google
 * Sheets read a chart's theme colours and line styles from it, and without it LibreOffice draws a
 * chart's labels but no bars, lines or gridlines. CT_OfficeStyleSheet, in the schema's order.
 */
import { el, NS, XML_DECLARATION } from "./xml";

/** Office's theme colours (2013 and later), dark 1 to followed hyperlink. */
const COLOURS: ReadonlyArray<[string, string]> = [
  ["a:dk2", "44546A"],
  ["a:lt2", "E7E6E6"],
  ["a:accent1", "4472C4"],
  ["a:accent2", "ED7D31"],
  ["a:accent3", "A5A5A5"],
  ["a:accent4", "FFC000"],
  ["a:accent5", "5B9BD5"],
  ["a:accent6", "70AD47"],
  ["a:hlink", "0563C1"],
  ["a:folHlink", "954F72"],
];

const rgb = (hex: string): string => el("a:srgbClr", { val: hex });
const phClr = (): string => el("a:schemeClr", { val: "phClr" });
const solid = (): string => el("a:solidFill", {}, phClr());

function colourScheme(): string {
  return el(
    "a:clrScheme",
    { name: "Office" },
    el("a:dk1", {}, el("a:sysClr", { val: "windowText", lastClr: "000000" })),
    el("a:lt1", {}, el("a:sysClr", { val: "window", lastClr: "FFFFFF" })),
    ...COLOURS.map(([name, hex]) => el(name, {}, rgb(hex)))
  );
}

function font(name: string, latin: string): string {
  return el(
    name,
    {},
    el("a:latin", { typeface: latin }),
    el("a:ea", { typeface: "" }),
    el("a:cs", { typeface: "" })
  );
}

/** Three of each style, as the schema asks (subtle, moderate, intense): all plain here. */
function formatScheme(): string {
  const three = (item: () => string): string[] => [item(), item(), item()];
  return el(
    "a:fmtScheme",
    { name: "Office" },
    el("a:fillStyleLst", {}, ...three(solid)),
    el(
      "a:lnStyleLst",
      {},
      ...[6350, 12700, 19050].map((w) =>
        el(
          "a:ln",
          { w, cap: "flat", cmpd: "sng", algn: "ctr" },
          solid(),
          el("a:prstDash", { val: "solid" }),
          el("a:miter", { lim: 800000 })
        )
      )
    ),
    el("a:effectStyleLst", {}, ...three(() => el("a:effectStyle", {}, el("a:effectLst")))),
    el("a:bgFillStyleLst", {}, ...three(solid))
  );
}

/** xl/theme/theme1.xml */
export function themeXml(): string {
  return (
    XML_DECLARATION +
    el(
      "a:theme",
      { "xmlns:a": NS.drawingMain, name: "Office Theme" },
      el(
        "a:themeElements",
        {},
        colourScheme(),
        el(
          "a:fontScheme",
          { name: "Office" },
          font("a:majorFont", "Calibri Light"),
          font("a:minorFont", "Calibri")
        ),
        formatScheme()
      ),
      el("a:objectDefaults"),
      el("a:extraClrSchemeLst")
    )
  );
}
