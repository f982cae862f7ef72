/**
 * A1 references against hand-worked truths: Excel's grid is A..XFD (16,384 columns) by 1..1,048,576
 * rows; letters count in base 26 without a zero (Z = 26, AA = 27, XFD = 24·676 + 6·26 + 4 = 16384).
 * Sheet names are checked against HyperFormula itself (the preview reads every formula we write)
 * and against @borgar/fx's reading of Excel's grammar.
 */
import { parseA1Ref } from "@borgar/fx";
import { HyperFormula } from "hyperformula";
import * as a1 from "../../src/engine/a1";

describe("column letters and indexes (0-based)", () => {
  it("count A=0, Z=25, AA=26, AZ=51, BA=52, ZZ=701, AAA=702, XFD=16383 (Excel's last)", () => {
    const truths: Array<[number, string]> = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [index, letters] of truths) {
      expect([index, a1.columnLetters(index)]).toEqual([index, letters]);
      expect([letters, a1.columnIndex(letters)]).toEqual([letters, index]);
    }
    expect(a1.columnIndex("xfd")).toBe(16383);
    expect(a1.columnIndex("aa")).toBe(26);
  });

  it("go one way and back for every column of the grid", () => {
    for (let n = 0; n < 16384; n++)
      if (a1.columnIndex(a1.columnLetters(n)) !== n) throw new Error(`${n}`);
  });

  it("refuse XFE (the 16,385th column), other text, and indexes off the grid", () => {
    for (const letters of ["XFE", "ZZZ", "AAAA", "", "A1", "$A", "Ä"]) {
      expect(() => a1.columnIndex(letters)).toThrow(`Not a column: ${letters} (A to XFD)`);
    }
    for (const index of [-1, 16384, 1.5, NaN]) {
      expect(() => a1.columnLetters(index)).toThrow(
        /^Not a column index: .* XFD, Excel's last column/
      );
    }
  });
});

describe("cells", () => {
  it("read B12 as column 1, row 11, in any case, with $ or spaces around", () => {
    expect(a1.parseCell("B12")).toEqual({ col: 1, row: 11 });
    expect(a1.parseCell("$AA$3")).toEqual({ col: 26, row: 2 });
    expect(a1.parseCell("b$12")).toEqual({ col: 1, row: 11 });
    expect(a1.parseCell(" A1 ")).toEqual({ col: 0, row: 0 });
    expect(a1.parseCell("XFD1048576")).toEqual({ col: 16383, row: 1048575 });
  });

  it("read XFE1 and A1048577 as just past the grid, for the caller to refuse in its words", () => {
    expect(a1.parseCell("XFE1")).toEqual({ col: 16384, row: 0 });
    expect(a1.parseCell("A1048577")).toEqual({ col: 0, row: 1048576 });
    expect(() => a1.normalCell("A1048577")).toThrow(/Not a row index: 1048576/);
  });

  it("refuse row 0, four letters, ranges, names and sheet references", () => {
    for (const text of ["B0", "A01", "ABCD1", "A1:B2", "Revenues", "Sheet1!A1", "A", "1", ""]) {
      expect(() => a1.parseCell(text)).toThrow(`Not a cell address: ${text}`);
    }
  });

  it("write column 1, row 11 as B12, absolute as $B$12, and any mix of anchors", () => {
    expect(a1.formatCell(1, 11)).toBe("B12");
    expect(a1.formatCell(16383, 1048575)).toBe("XFD1048576");
    expect(a1.absoluteCell(1, 11)).toBe("$B$12");
    expect(a1.anchoredCell(5, 24, { col: true, row: false })).toBe("$F25");
    expect(a1.anchoredCell(5, 24, { col: false, row: true })).toBe("F$25");
    expect(a1.absolute("b7")).toBe("$B$7");
    expect(a1.absolute("$B7")).toBe("$B$7");
    expect(a1.normalCell("$b$7")).toBe("B7");
  });

  it("refuse to write a cell off the grid rather than write garbage", () => {
    expect(() => a1.formatCell(16384, 0)).toThrow(/Not a column index: 16384/);
    expect(() => a1.formatCell(0, 1048576)).toThrow(/Not a row index: 1048576 .*1048576/);
    expect(() => a1.formatCell(0, -1)).toThrow(/Not a row index: -1/);
  });
});

describe("ranges", () => {
  it("read a range or one cell as a 0-based rectangle, corners in any order", () => {
    expect(a1.parseRange("B7")).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(a1.parseRange("$A$20:C31")).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(a1.parseRange("C31:A20")).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(a1.readRange(" $A$20:C31 ")?.range).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(a1.parseRange("a1:xfd1048576")).toEqual({
      top: 0,
      left: 0,
      bottom: 1048575,
      right: 16383,
    });
  });

  it("refuse what no cell sits at: whole columns and rows, names, sheet references, XFE", () => {
    for (const text of ["hello", "A:A", "3:3", "Sheet1!B7", "", "A1:XFE2", "A1.:B2"]) {
      expect(() => a1.parseRange(text)).toThrow(`Not a cell or range address: ${text}`);
      expect(a1.readRange(text)).toBeUndefined();
    }
  });

  it("keep the $ anchors of each side for a formula that copies them", () => {
    expect(a1.readRange("$F$25:M25")).toEqual({
      range: { top: 24, left: 5, bottom: 24, right: 12 },
      anchors: { top: true, left: true, bottom: false, right: false },
    });
  });

  it("write a rectangle back, one cell as one address", () => {
    expect(a1.formatRange({ top: 19, left: 0, bottom: 30, right: 2 })).toBe("A20:C31");
    expect(a1.formatRange({ top: 5, left: 1, bottom: 5, right: 1 })).toBe("B6");
    // One row or one column is still a range: only a single cell is written alone.
    expect(a1.formatRange({ top: 0, left: 0, bottom: 0, right: 2 })).toBe("A1:C1");
    expect(a1.formatRange({ top: 0, left: 1, bottom: 4, right: 1 })).toBe("B1:B5");
  });

  it("read a range behind a sheet name, quoted or not", () => {
    expect(a1.readSheetRange("'My Sheet'!C4:D5")).toEqual({
      sheet: "My Sheet",
      range: { top: 3, left: 2, bottom: 4, right: 3 },
    });
    expect(a1.readSheetRange("'O''Brien'!$A$1")?.sheet).toBe("O'Brien");
    expect(a1.readSheetRange("B2:C3")).toEqual({
      sheet: undefined,
      range: { top: 1, left: 1, bottom: 2, right: 2 },
    });
    expect(a1.parseSheetRange("Sheet1!B2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    // As a user types it into a box, with spaces around.
    expect(a1.readSheetRange("  'My Sheet'!C4:D5 ")).toEqual(a1.readSheetRange("'My Sheet'!C4:D5"));
    for (const text of [
      "Sheet1!A:A",
      "Revenues",
      "Sheet1!Revenues",
      "[Book1]Sheet1!A1",
      "My Sheet!A1",
    ]) {
      expect(a1.readSheetRange(text)).toBeUndefined();
    }
    expect(() => a1.parseSheetRange("Revenues")).toThrow("Not a cell or range address: Revenues");
  });

  it("hold a cell when it lies inside, edges included", () => {
    const range = { top: 2, left: 1, bottom: 4, right: 3 };
    expect([a1.rangeContains(range, 1, 2), a1.rangeContains(range, 3, 4)]).toEqual([true, true]);
    expect([a1.rangeContains(range, 0, 2), a1.rangeContains(range, 1, 5)]).toEqual([false, false]);
    // Above the top row, and right of the last column.
    expect([a1.rangeContains(range, 1, 1), a1.rangeContains(range, 4, 4)]).toEqual([false, false]);
  });

  it("find the smallest range around addresses and ranges, always with two corners", () => {
    expect(a1.rangeAround(["B3", "E5:F9"])).toBe("B3:F9");
    expect(a1.rangeAround(["$F$9", "C4"])).toBe("C4:F9");
    expect(a1.rangeAround(["B3"])).toBe("B3:B3");
    expect(() => a1.rangeAround([])).toThrow("A section with no cells has no range");
  });

  it("write a sheet-qualified absolute range, one cell with both corners", () => {
    const range = a1.parseRange("B21:B31");
    expect(a1.absoluteRange("GPU Payback", range)).toBe("'GPU Payback'!$B$21:$B$31");
    expect(a1.absoluteRange("Data", "B21:B31")).toBe("Data!$B$21:$B$31");
    expect(a1.absoluteRange("O'Brien", "A1")).toBe("'O''Brien'!$A$1:$A$1");
  });
});

describe("names that read as references", () => {
  it("read as a cell within Excel's grid only, A01 included (Excel reads it as A1)", () => {
    for (const name of ["A1", "xfd1048576", "Q3", "A01", "gpu2"])
      expect(a1.readsAsCell(name)).toBe(true);
    for (const name of ["XFE1", "A1048577", "A0", "Q3 2024", "GPUS1234567", "A"]) {
      expect([name, a1.readsAsCell(name)]).toEqual([name, false]);
    }
  });

  it("read as R1C1: R, C, RC, R1C1, r12c3, but not ROW or CR", () => {
    for (const name of ["R", "C", "RC", "R1C1", "r12c3", "C7"])
      expect(a1.readsAsR1C1(name)).toBe(true);
    for (const name of ["ROW", "CR", "R1C1X", "Rc1d"]) expect(a1.readsAsR1C1(name)).toBe(false);
  });
});

describe("sheet names in a formula", () => {
  /** Hand-written: the name as a reference to it must read. */
  const truths: Array<[string, string]> = [
    ["Sheet1", "Sheet1"],
    ["Data_2024", "Data_2024"],
    ["_Hidden", "_Hidden"],
    ["Q3 2024", "'Q3 2024'"], // a space
    ["It's", "'It''s'"], // an apostrophe, doubled
    ["O'Brien's", "'O''Brien''s'"],
    ["A1", "'A1'"], // reads as a cell
    ["XFD1048576", "'XFD1048576'"],
    ["Q1", "'Q1'"],
    ["2024", "'2024'"], // starts with a digit
    ["1st", "'1st'"],
    ["R1C1", "'R1C1'"], // reads as an R1C1 reference
    ["RC", "'RC'"],
    ["R", "'R'"],
    ["TRUE", "'TRUE'"], // reads as a logical value
    ["false", "'false'"],
    ["Trueish", "Trueish"],
    ["繁體中文", "'繁體中文'"], // Excel would not quote it; HyperFormula needs the quotes
    ["GPU 回本試算", "'GPU 回本試算'"],
    ["École", "'École'"],
    ["Sheet.1", "'Sheet.1'"], // Excel takes it bare, HyperFormula does not
    ["GPU.REVENUE", "'GPU.REVENUE'"],
    ["Sales-2024", "'Sales-2024'"],
    ["(2)", "'(2)'"],
  ];

  it("are quoted where Excel or HyperFormula needs it, and apostrophes doubled", () => {
    for (const [name, quoted] of truths)
      expect([name, a1.quoteSheetName(name)]).toEqual([name, quoted]);
    expect(a1.sheetPrefix("Q3 2024")).toBe("'Q3 2024'!");
    expect(a1.sheetPrefix("Data")).toBe("Data!");
    for (const [name, quoted] of truths) expect(a1.unquoteSheetName(quoted)).toBe(name);
    expect(a1.unquoteSheetName("'")).toBe("'");
    // Only a name quoted at both ends is unquoted.
    for (const name of ["Data", "O'", "'Data"]) expect(a1.unquoteSheetName(name)).toBe(name);
  });

  it("read back as the same sheet in Excel's grammar (@borgar/fx)", () => {
    for (const [name] of truths) {
      const parsed = parseA1Ref(`${a1.sheetPrefix(name)}B2`);
      expect([name, parsed?.context]).toEqual([name, [name]]);
    }
  });

  it("read back as the same sheet in HyperFormula, bare or quoted", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    try {
      const main = hf.getSheetId(hf.addSheet("Main"))!;
      truths.forEach(([name], i) => {
        const id = hf.getSheetId(hf.addSheet(name))!;
        hf.setCellContents({ sheet: id, col: 1, row: 1 }, i + 1);
        hf.setCellContents({ sheet: main, col: 0, row: i }, `=${a1.sheetPrefix(name)}B2`);
        expect([name, hf.getCellValue({ sheet: main, col: 0, row: i })]).toEqual([name, i + 1]);
      });
    } finally {
      hf.destroy();
    }
  });
});

describe("the A1 module's edges the mutation run found unasserted", () => {
  it("refuse a fractional row as they refuse a fractional column", () => {
    expect(() => a1.formatCell(0, 1.5)).toThrow(/Not a row index: 1.5/);
    expect(() => a1.formatCell(1.5, 0)).toThrow(/Not a column index: 1.5/);
  });

  it("keep anchors on the far corner only: A1:$B$2 anchors bottom and right", () => {
    expect(a1.readRange("A1:$B$2")?.anchors).toEqual({
      top: false,
      left: false,
      bottom: true,
      right: true,
    });
  });

  it("read no range from a range open at one end (A2:B, B2:2)", () => {
    expect(a1.readRange("A2:B")).toBeUndefined();
    expect(a1.readRange("B2:2")).toBeUndefined();
  });
});
