/**
 * Excel's naming rules for the sheets and tables the template creates: at most 31 characters,
 * none of : \ / ? * [ ], no leading or trailing apostrophe, unique ignoring case, "History"
 * reserved; table names that Excel accepts and that never collide.
 */
import fc from "fast-check";
import { LABELS, LANGUAGES, TABLE_NAME } from "../../src/template";
import {
  MAX_SHEET_NAME_LENGTH,
  isValidSheetName,
  isValidTableName,
  sanitizeSheetName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/template/sheetNames";

const EN = LABELS.en.sheetName; // "GPU Payback"
const ZH = LABELS["zh-TW"].sheetName; // "GPU 回本試算"

/** "GPU Payback", "GPU Payback (2)", ... "GPU Payback (count)". */
function templateSheets(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? base : `${base} (${i + 1})`));
}

/** The same name as Excel sees it: case does not matter. */
const collides = (name: string, existing: readonly string[]) =>
  existing.some((other) => other.toLowerCase() === name.toLowerCase());

describe("isValidSheetName: Excel's rules", () => {
  it("accepts the template's names in both languages and names of exactly 31 characters", () => {
    expect(EN).toBe("GPU Payback");
    expect(ZH).toBe("GPU 回本試算");
    for (const language of LANGUAGES)
      expect(isValidSheetName(LABELS[language].sheetName)).toBe(true);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
    expect(isValidSheetName("GPU Payback (2)")).toBe(true);
    expect(isValidSheetName("O'Brien")).toBe(true); // an apostrophe inside is allowed
  });

  it("rejects empty and over-long names", () => {
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("回".repeat(32))).toBe(false);
  });

  it.each([":", "\\", "/", "?", "*", "[", "]"])("rejects a name holding %s", (character) => {
    expect(isValidSheetName(`GPU${character}Payback`)).toBe(false);
  });

  it("rejects a leading or trailing apostrophe and the reserved History in any case", () => {
    expect(isValidSheetName("'GPU")).toBe(false);
    expect(isValidSheetName("GPU'")).toBe(false);
    expect(isValidSheetName("History")).toBe(false);
    expect(isValidSheetName("HISTORY")).toBe(false);
    expect(isValidSheetName("history")).toBe(false);
    expect(isValidSheetName("History (2)")).toBe(true);
  });

  it("counts characters as Excel does (UTF-16 units): 16 emoji are 32 units, too long", () => {
    expect(isValidSheetName("📈".repeat(15))).toBe(true);
    expect(isValidSheetName("📈".repeat(16))).toBe(false);
  });
});

describe("sanitizeSheetName", () => {
  it("keeps valid names as they are, the localized one included", () => {
    expect(sanitizeSheetName(EN)).toBe(EN);
    expect(sanitizeSheetName(ZH)).toBe(ZH);
  });

  it("turns forbidden characters into spaces", () => {
    expect(sanitizeSheetName("Q3/Q4: GPU [draft]?*\\x")).toBe("Q3 Q4  GPU  draft    x");
  });

  it("drops apostrophes and spaces at either end, even behind a space or after the cut", () => {
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("abc' ")).toBe("abc");
    expect(sanitizeSheetName(" ' abc ' ")).toBe("abc");
    // the 31st character is an apostrophe once cut
    expect(sanitizeSheetName(`${"a".repeat(30)}'bcd`)).toBe("a".repeat(30));
  });

  it("caps the length at 31 without splitting a character", () => {
    expect(sanitizeSheetName("x".repeat(40))).toBe("x".repeat(31));
    const emoji = sanitizeSheetName("📈".repeat(20));
    expect(emoji).toBe("📈".repeat(15)); // 30 units: the 16th would need 32
    expect(isValidSheetName(emoji)).toBe(true);
    const zh = sanitizeSheetName(ZH.repeat(5));
    expect(zh.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(ZH.repeat(5).startsWith(zh)).toBe(true);
  });

  it("cuts before a surrogate pair whose high half is the 31st unit, at either end of the high range", () => {
    // U+10000 is D800 DC00 and U+10FC00 is DBFF DC00: the lowest and the highest high surrogate.
    for (const character of ["\u{10000}", "\u{10FC00}"]) {
      expect(character.length).toBe(2);
      expect(sanitizeSheetName(`${"x".repeat(30)}${character}y`)).toBe("x".repeat(30));
      // Whole when it ends at the 31st unit: its low half (DC00) is never taken for a high one.
      expect(sanitizeSheetName(`${"x".repeat(29)}${character}yz`)).toBe(
        `${"x".repeat(29)}${character}`
      );
    }
  });

  it('gives "Sheet" when nothing usable is left or the name is the reserved History', () => {
    expect(sanitizeSheetName("")).toBe("Sheet");
    expect(sanitizeSheetName("   ")).toBe("Sheet");
    expect(sanitizeSheetName("'''")).toBe("Sheet");
    expect(sanitizeSheetName("[]:*")).toBe("Sheet");
    expect(sanitizeSheetName("history")).toBe("Sheet");
    // History only appears once the over-long name is cut
    expect(sanitizeSheetName(`History${" ".repeat(30)}x`)).toBe("Sheet");
  });
});

describe("uniqueSheetName: a new sheet never takes an existing name", () => {
  it.each(LANGUAGES)("in %s, uses the base when the workbook has no template sheet", (language) => {
    const base = LABELS[language].sheetName;
    expect(uniqueSheetName(base, [])).toBe(base);
    expect(uniqueSheetName(base, ["Sheet1", "Sheet2"])).toBe(base);
  });

  it.each(LANGUAGES)(
    "in %s, numbers the next one after 1, 2 and 50 template sheets",
    (language) => {
      const base = LABELS[language].sheetName;
      expect(uniqueSheetName(base, ["Sheet1", ...templateSheets(base, 1)])).toBe(`${base} (2)`);
      expect(uniqueSheetName(base, templateSheets(base, 2))).toBe(`${base} (3)`);
      const fifty = templateSheets(base, 50);
      expect(fifty[49]).toBe(`${base} (50)`);
      expect(uniqueSheetName(base, fifty)).toBe(`${base} (51)`);
    }
  );

  it("ignores case, as Excel does, for the user's own sheets named like the template's", () => {
    expect(uniqueSheetName(EN, ["gpu payback"])).toBe("GPU Payback (2)");
    expect(uniqueSheetName(EN, ["GPU Payback", "GPU Payback (2)", "gpu payback (3)"])).toBe(
      "GPU Payback (4)"
    );
    expect(uniqueSheetName(ZH, [ZH, "gpu 回本試算 (2)"])).toBe(`${ZH} (3)`);
    // a gap in the numbering is filled, nothing is renamed
    expect(uniqueSheetName(EN, ["GPU Payback", "GPU Payback (3)"])).toBe("GPU Payback (2)");
  });

  it("takes a name as taken when its upper- or lower-case form is: ß is SS, the Kelvin sign is k", () => {
    // "ß".toUpperCase() is "SS": Straße and STRASSE are the same name once upper-cased.
    expect(uniqueSheetName("Straße", ["STRASSE"])).toBe("Straße (2)");
    expect(uniqueSheetName("STRASSE", ["Straße"])).toBe("STRASSE (2)");
    // U+212A KELVIN SIGN lower-cases to k but upper-cases to itself, not K.
    expect(uniqueSheetName("\u212Aelvin", ["kelvin"])).toBe("\u212Aelvin (2)");
    expect(uniqueSheetName("Kelvin", ["\u212Aelvin"])).toBe("Kelvin (2)");
    expect(uniqueSheetName("Strasse", ["Sheet1"])).toBe("Strasse");
  });

  it("shortens the base before the number without splitting a surrogate pair", () => {
    const base = `${"x".repeat(26)}📈y`; // 29 units; with " (2)" the 27th unit is the emoji's high half
    expect(uniqueSheetName(base, [])).toBe(base);
    expect(uniqueSheetName(base, [base])).toBe(`${"x".repeat(26)} (2)`);
    // exactly 31 units with the number: nothing is cut
    const fits = "y".repeat(27);
    expect(uniqueSheetName(fits, [fits])).toBe(`${fits} (2)`);
    expect(uniqueSheetName(`${fits}z`, [`${fits}z`])).toBe(`${fits} (2)`);
  });

  it("shortens a long base so that the number still fits in 31 characters", () => {
    const long = "A very long localized template sheet name";
    const first = uniqueSheetName(long, []);
    expect(first).toBe(long.slice(0, 31).trimEnd());
    const second = uniqueSheetName(long, [first]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    const many = [
      first,
      ...Array.from({ length: 120 }, (_, i) => `${long.slice(0, 25)} (${i + 2})`),
    ];
    const next = uniqueSheetName(
      long,
      many.map((name) => uniqueSheetName(name, []))
    );
    expect(isValidSheetName(next)).toBe(true);
    expect(collides(next, many)).toBe(false);
  });

  it("never leaves an apostrophe or space before the number when it shortens the base", () => {
    const base = `${"b".repeat(26)}'   x`;
    const name = uniqueSheetName(base, [sanitizeSheetName(base)]);
    expect(name).toBe(`${"b".repeat(26)} (2)`);
  });

  it("makes valid names from invalid bases", () => {
    expect(uniqueSheetName("a/b", [])).toBe("a b");
    expect(uniqueSheetName("History", [])).toBe("Sheet");
    expect(uniqueSheetName("History", ["Sheet"])).toBe("Sheet (2)");
  });
});

describe("uniqueTableName", () => {
  it("keeps the template's table name and numbers it when taken, ignoring case", () => {
    expect(isValidTableName(TABLE_NAME)).toBe(true);
    expect(uniqueTableName(TABLE_NAME, [])).toBe(TABLE_NAME);
    expect(uniqueTableName(TABLE_NAME, [TABLE_NAME])).toBe(`${TABLE_NAME}2`);
    expect(uniqueTableName(TABLE_NAME, [TABLE_NAME.toUpperCase(), `${TABLE_NAME}2`])).toBe(
      `${TABLE_NAME}3`
    );
    const fifty = Array.from({ length: 50 }, (_, i) =>
      i === 0 ? TABLE_NAME : `${TABLE_NAME}${i + 1}`
    );
    expect(uniqueTableName(TABLE_NAME, fifty)).toBe(`${TABLE_NAME}51`);
  });

  it("follows Excel's rules: a letter, _ or \\ first, then letters, digits, _ and . only", () => {
    expect(isValidTableName("_t1")).toBe(true);
    expect(isValidTableName("\\t")).toBe(true);
    expect(isValidTableName("回本表")).toBe(true);
    expect(isValidTableName("Table.2")).toBe(true);
    expect(isValidTableName("1Table")).toBe(false);
    expect(isValidTableName("GPU Table")).toBe(false);
    expect(isValidTableName("GPU-Table")).toBe(false);
    expect(isValidTableName("")).toBe(false);
    expect(isValidTableName("t".repeat(255))).toBe(true); // Excel's limit, exactly
    expect(isValidTableName("t".repeat(256))).toBe(false);
  });

  it("rejects names that read as cell references (A1 or R1C1)", () => {
    for (const name of ["A1", "GPU2", "xfd1048576", "R", "c", "R1C1", "RC", "r2c", "C7"]) {
      expect(isValidTableName(name)).toBe(false);
    }
    for (const name of ["XFE1", "A1048577", "GPUS2", "Rev", "R1C1x"]) {
      expect(isValidTableName(name)).toBe(true);
    }
  });

  it("reads R1C1 references with any number of digits, and A1 rows from 1 only", () => {
    for (const name of ["R12C3", "r1048576c16384", "RC12", "R25"])
      expect(isValidTableName(name)).toBe(false);
    // row 0 is no cell; four letters are past XFD; a name may hold a reference after its start
    for (const name of ["A0", "ABCD1", "_A1", "Table_A1", "RC1x"])
      expect(isValidTableName(name)).toBe(true);
  });

  it("rejects TRUE and FALSE in any case (ECMA-376 Part 4, Names: a name shall not be TRUE or FALSE)", () => {
    for (const name of ["TRUE", "false", "True"]) expect(isValidTableName(name)).toBe(false);
    for (const name of ["TRUEx", "_TRUE", "FALSE1"]) expect(isValidTableName(name)).toBe(true);
    expect(uniqueTableName("TRUE", [])).toBe("_TRUE");
    expect(uniqueTableName("false", ["_false"])).toBe("_false2");
  });

  it("takes a table name as taken when its upper- or lower-case form is (ß is SS)", () => {
    expect(uniqueTableName("Straße", ["STRASSE"])).toBe("Straße2");
    expect(uniqueTableName("\u212Aelvin", ["kelvin"])).toBe("\u212Aelvin2");
  });

  it("cuts a long base to leave room for the number, within Excel's 255 characters", () => {
    const base = "t".repeat(300);
    const first = uniqueTableName(base, []);
    expect(isValidTableName(first)).toBe(true);
    expect(base.startsWith(first)).toBe(true);
    const second = uniqueTableName(base, [first]);
    expect(second).toBe(`${first}2`);
    expect(second.length).toBeLessThanOrEqual(255);
    // the cut never splits a surrogate pair either
    const emoji = uniqueTableName(`ab${"𝒜".repeat(200)}`, []); // U+1D49C, a letter of two units
    expect(isValidTableName(emoji)).toBe(true);
    expect(emoji).toBe(`ab${"𝒜".repeat(122)}`); // 246 units: the 247th would be a pair's high half
  });

  it("never returns a name that reads as a cell, as GPU2 would", () => {
    expect(uniqueTableName("GPU", [])).toBe("GPU");
    expect(uniqueTableName("GPU", ["GPU"])).toBe("GPU_2");
    expect(uniqueTableName("R", [])).toBe("_R");
    expect(uniqueTableName("GPU Payback table", [])).toBe("GPU_Payback_table");
    expect(uniqueTableName("2024 revenue", [])).toBe("_2024_revenue");
  });
});

describe("names that are not text (a host's missing name, a script's number)", () => {
  const notText = [undefined, null, 42] as unknown as string[];

  it("are never valid sheet or table names", () => {
    for (const name of notText) {
      expect([name, isValidSheetName(name), isValidTableName(name)]).toEqual([name, false, false]);
    }
  });

  it("give the default sheet name and a valid table name", () => {
    expect(sanitizeSheetName(undefined as unknown as string)).toBe("Sheet");
    expect(uniqueSheetName(null as unknown as string, ["Sheet"])).toBe("Sheet (2)");
    expect(uniqueTableName(undefined as unknown as string, [])).toBe("_");
    expect(uniqueTableName(42 as unknown as string, [])).toBe("_42");
  });
});

describe("properties (fast-check)", () => {
  /** Text of any kind, weighted towards what breaks names: forbidden characters, quotes, spaces. */
  const nameText = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          "a",
          "Z",
          "回",
          "📈",
          " ",
          "'",
          ":",
          "\\",
          "/",
          "?",
          "*",
          "[",
          "]",
          "(",
          "2",
          ")"
        ),
        {
          maxLength: 45,
        }
      )
      .map((parts) => parts.join("")),
    fc.constantFrom(EN, ZH, "History", "history ", "'History'", "")
  );
  /** A workbook's sheet names: the user's own, template sheets, and case variants of both. */
  const existingSheets = fc
    .tuple(
      fc.uniqueArray(nameText.map(sanitizeSheetName), {
        maxLength: 20,
        comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
      }),
      fc.constantFrom(EN, ZH),
      fc.nat({ max: 60 }),
      fc.boolean()
    )
    .map(([own, base, count, upper]) => {
      const sheets = [...own];
      for (const name of templateSheets(base, count)) {
        const variant = upper ? name.toUpperCase() : name;
        if (!collides(variant, sheets)) sheets.push(variant);
      }
      return sheets;
    });

  it("sanitizeSheetName always gives a valid name", () => {
    fc.assert(
      fc.property(nameText, (text) => {
        expect(isValidSheetName(sanitizeSheetName(text))).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it("a valid name that needs no cut is kept as it is", () => {
    fc.assert(
      fc.property(nameText, (text) => {
        fc.pre(isValidSheetName(text) && text.trim() === text);
        expect(sanitizeSheetName(text)).toBe(text);
      }),
      { numRuns: 300 }
    );
  });

  it("uniqueSheetName is always valid and never collides with an existing sheet", () => {
    fc.assert(
      fc.property(nameText, existingSheets, (base, existing) => {
        const name = uniqueSheetName(base, existing);
        expect(isValidSheetName(name)).toBe(true);
        expect(collides(name, existing)).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  it("inserting again and again always gives a new valid name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(EN, ZH),
        existingSheets,
        fc.integer({ min: 1, max: 15 }),
        (base, start, inserts) => {
          const sheets = [...start];
          for (let i = 0; i < inserts; i++) {
            const name = uniqueSheetName(base, sheets);
            expect(isValidSheetName(name)).toBe(true);
            expect(collides(name, sheets)).toBe(false);
            sheets.push(name);
          }
          expect(sheets.slice(0, start.length)).toEqual(start); // nothing the user had is touched
        }
      ),
      { numRuns: 200 }
    );
  });

  it("uniqueTableName is always a valid table name that no existing name uses", () => {
    const tableText = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(TABLE_NAME, "GPU", "R", "C", "A1", "RC", "Table", ""),
      fc.stringMatching(/^[A-Za-z]{1,3}[0-9]{0,3}$/)
    );
    fc.assert(
      fc.property(tableText, fc.array(tableText, { maxLength: 30 }), (base, others) => {
        const existing = [...others, base, `${base}2`, `${base}_2`, base.toUpperCase()];
        const name = uniqueTableName(base, existing);
        expect(isValidTableName(name)).toBe(true);
        expect(collides(name, existing)).toBe(false);
      }),
      { numRuns: 500 }
    );
  });
});
