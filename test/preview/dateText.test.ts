/**
 * The preview's reading of typed text as a date: plain text is answered "not a date" at once,
 * while everything else reads exactly as HyperFormula's own parser reads it.
 */
import { HyperFormula } from "hyperformula";
import { parseDateText } from "../../src/preview/dateText";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";

describe("parseDateText: HyperFormula's date reading, plain text answered at once", () => {
  const defaultParse = HyperFormula.defaultConfig.parseDateTime;
  const formats: [string | undefined, string | undefined][] = [
    ["DD/MM/YYYY", "hh:mm"],
    ["DD/MM/YY", "hh:mm:ss.sss"],
    [undefined, "hh:mm"],
    ["DD/MM/YYYY", undefined],
  ];
  const texts = [
    "02/01/2024",
    " 2/1/24",
    "2-1-2024 10:30",
    "10:30",
    "10:30 pm",
    "9:05am",
    "31/12/1999 23:59:59.5",
    ".5",
    ":30",
    "-1/2/2024",
    "/1/2",
    "Company 1",
    "Other (not itemised)",
    "bench",
    "pm",
    "",
    "   ",
    "June 2024",
    "\t3/4/2025",
  ];

  it.each(texts)("reads %j as HyperFormula's default does, in every format", (text) => {
    for (const [date, time] of formats)
      expect(parseDateText(text, date, time)).toEqual(defaultParse(text, date, time));
  });

  it("still reads a typed date and time in the preview's workbook, and keeps text as text", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "02/01/2024");
    host.edit.setInput("A2", "10:30");
    host.edit.setInput("A3", "Company 1");
    // 2 January 2024 (DD/MM/YYYY, HyperFormula's default) is Excel's serial 45293; 10:30 is 0.4375.
    expect(host.value("A1")).toBe(45293);
    expect(host.value("A2")).toBe(0.4375);
    expect(host.value("A3")).toBe("Company 1");
  });
});
