/**
 * A property test: random workbooks with hostile content (numbers of every kind, control and
 * astral characters, lone surrogates, literal _xHHHH_, line breaks, texts and formulas at and over
 * Excel's lengths, odd sheet, table and defined names) through the writer. Each generated piece
 * knows whether Excel accepts it (its "fault": the place a refusal must name). The writer either
 * refuses, naming one of the faults, in both languages, or, when there is none, writes a file whose
 * strings, names and numbers read back exactly (a small reader: fflate, @xmldom/xmldom, ST_Xstring
 * decoding), within Excel's limits, and whose every part validates against the schemas.
 */
import fc from "fast-check";
import type {
  CellModel,
  DefinedNameModel,
  SheetModel,
  TableModel,
  WorkbookModel,
} from "../../src/export/model";
import { WorkbookRefusal } from "../../src/export/refusal";
import { writeXlsx } from "../../src/export/xlsx";
import { quoteSheetName } from "../../src/engine/a1";
import { describeWithSchemas, validateFiles } from "./schemas";
import {
  decodeXstring,
  descendants,
  parseXml,
  readAnyParts,
  sharedStrings,
  worksheetCells,
  type Parts,
} from "./support";

/** A piece of the workbook and, when Excel would not accept it, what the refusal must name. */
interface Piece<T> {
  readonly value: T;
  readonly fault?: string;
}

const UNITS = [
  "a",
  "Z",
  " ",
  "\t",
  "\n",
  "\r",
  "\u0001",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001F",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDFFF",
  "😀",
  "𝔸",
  "_x0041_",
  "_x005F_",
  "&",
  "<",
  "]]>",
  '"',
  "'",
  "中",
  "=1",
];
const shortText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...UNITS),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 })
  ),
  maxLength: 10,
});
const text = (at: string): fc.Arbitrary<Piece<string>> =>
  fc.oneof(
    { weight: 8, arbitrary: shortText.map((value) => ({ value })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(32_767, 32_768).map((n) => ({
        value: "x".repeat(n),
        fault: n > 32_767 ? at : undefined,
      })),
    }
  );
const number = (at: string): fc.Arbitrary<Piece<number>> =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
      { weight: 2, arbitrary: fc.integer() },
      { weight: 2, arbitrary: fc.double() },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          0,
          -0,
          1e308,
          -1e308,
          5e-324,
          2 ** 53 + 2,
          1e21,
          1e-7,
          NaN,
          Infinity
        ),
      }
    )
    .map((value) => ({ value, fault: Number.isFinite(value) ? undefined : at }));

/** "=1+1+…" of n characters, "=" included. */
const sum = (n: number): string =>
  (n % 2 === 0 ? "1" : "11") + "+1".repeat(Math.floor((n - 2) / 2));
const formula = (at: string): fc.Arbitrary<Piece<string>> =>
  fc.oneof(
    fc.tuple(shortText, fc.constantFrom(0, 0, 0, 200, 255, 256)).map(([t, n]) => {
      const inner = t + "a".repeat(Math.max(0, n - t.length));
      return {
        value: `LEN("${inner.replace(/"/g, '""')}")`,
        fault: inner.length > 255 ? at : undefined,
      };
    }),
    fc.constantFrom(8_192, 8_193).map((n) => ({ value: sum(n), fault: n > 8_192 ? at : undefined }))
  );

interface CellPiece {
  readonly cell: CellModel;
  readonly faults: string[];
}
function cell(sheet: string, row: number): fc.Arbitrary<CellPiece> {
  const at = `${quoteSheetName(sheet)}!A${row + 1}`;
  const plain = (piece: Piece<CellModel["value"]>): CellPiece => ({
    cell: { row, col: 0, value: piece.value },
    faults: piece.fault ? [piece.fault] : [],
  });
  return fc.oneof(
    text(at).map(plain),
    number(at).map(plain),
    fc.boolean().map((value) => plain({ value })),
    fc.tuple(formula(at), fc.oneof(number(at), text(at))).map(([f, cached]) => ({
      cell: { row, col: 0, value: cached.value, formula: f.value },
      faults: [f.fault, cached.fault].filter((x): x is string => x !== undefined),
    }))
  );
}

const BAD_SHEETS = [
  "a[b",
  "a]b",
  "a:b",
  "a*b",
  "a?b",
  "a/b",
  "a\\b",
  "'x",
  "x'",
  "",
  "x".repeat(32),
  "History",
  "a\u0001b",
];
const sheetName: fc.Arbitrary<Piece<string>> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .string({
        unit: fc.constantFrom("a", "Z", "1", " ", "'", "_x0041_", "😀", "中", "(", "&", "<"),
        minLength: 1,
        maxLength: 12,
      })
      .map((value) => {
        const bad = value.length > 31 || value.startsWith("'") || value.endsWith("'");
        return { value, fault: bad ? `Sheet name "${value}"` : undefined };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...BAD_SHEETS)
      .map((value) => ({ value, fault: `Sheet name "${value}"` })),
  }
);
const GOOD_NAMES = ["Revenue", "_t", "\\tbl", "Tbl.2", "名稱", "AB1C", "XFE1"];
const BAD_NAMES = ["A1", "R1C1", "rc", "has space", "1st", "TRUE", "a-b"];
const aName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GOOD_NAMES).map((value) => ({ value, bad: false })) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_NAMES).map((value) => ({ value, bad: true })) }
);

interface Sample {
  readonly model: WorkbookModel;
  readonly faults: string[];
}

function table(): fc.Arbitrary<{ table?: TableModel; cells: CellModel[]; faults: string[] }> {
  return fc
    .option(fc.tuple(aName, fc.array(shortText, { minLength: 1, maxLength: 3 })), {
      nil: undefined,
    })
    .map((picked) => {
      if (!picked) return { cells: [], faults: [] };
      const [name, columns] = picked;
      const faults: string[] = name.bad ? [`Table name "${name.value}"`] : [];
      const keys = new Set(columns.map((c) => c.toLowerCase()));
      if (keys.size < columns.length || columns.some((c) => c === ""))
        faults.push(`Table ${name.value}:`);
      const cells = columns.flatMap((value, col) => [
        { row: 0, col, value },
        { row: 1, col, value: col },
      ]);
      const range = { top: 0, left: 0, bottom: 1, right: columns.length - 1 };
      return {
        table: { name: name.value, range, columns, style: "TableStyleMedium2" },
        cells,
        faults,
      };
    });
}

const sample: fc.Arbitrary<Sample> = fc
  .tuple(
    sheetName,
    fc.option(sheetName, { nil: undefined }),
    fc.uniqueArray(aName, { maxLength: 2, selector: (n) => n.value.toLowerCase() })
  )
  .chain(([first, second, names]) =>
    fc
      .tuple(fc.array(cell(first.value, 0), { minLength: 1, maxLength: 3 }), table())
      .map(([cells, t]) => {
        const faults = [first.fault, second?.fault].filter((f): f is string => f !== undefined);
        if (second && second.value.toLowerCase() === first.value.toLowerCase())
          faults.push(`Two sheets are named ${second.value}`);
        const placed = cells.map((c, i) => ({ ...c.cell, row: 2 + i }));
        cells.forEach((c, i) =>
          faults.push(...c.faults.map((f) => f.replace(/!A1$/, `!A${3 + i}`)))
        );
        faults.push(...t.faults);
        const defined: DefinedNameModel[] = names.map((n) => {
          if (n.bad) faults.push(`Name "${n.value}"`);
          else if (t.table?.name.toLowerCase() === n.value.toLowerCase())
            faults.push(`"${n.value}" names two things`);
          return {
            name: n.value,
            refersTo: `${quoteSheetName(first.value)}!$A$3`,
            sheetScoped: true,
          };
        });
        const sheet = (name: string, over: Partial<SheetModel> = {}): SheetModel => ({
          name,
          cells: [],
          columnWidths: [],
          tables: [],
          names: [],
          charts: [],
          ...over,
        });
        const sheets = [
          sheet(first.value, {
            cells: [...t.cells, ...placed],
            tables: t.table ? [t.table] : [],
            names: defined,
          }),
        ];
        if (second) sheets.push(sheet(second.value, { cells: [{ row: 0, col: 0, value: "b" }] }));
        return { model: { sheets, activeSheet: 0 }, faults };
      })
  );

/** The written file read back: every string, name and number as the model has them. */
function expectReadBack(model: WorkbookModel, parts: Parts): void {
  const workbook = parseXml(parts["xl/workbook.xml"]);
  expect(
    descendants(workbook, "sheet").map((s) => decodeXstring(s.getAttribute("name") ?? ""))
  ).toEqual(model.sheets.map((s) => s.name));
  expect(
    descendants(workbook, "definedName").map((n) => decodeXstring(n.getAttribute("name") ?? ""))
  ).toEqual(model.sheets.flatMap((s) => s.names.map((n) => n.name)));
  const strings = sharedStrings(parts).map(decodeXstring);
  model.sheets.forEach((sheet, i) => {
    const cells = worksheetCells(parts[`xl/worksheets/sheet${i + 1}.xml`]);
    for (const c of sheet.cells) {
      const got = cells.get(`${String.fromCharCode(65 + c.col)}${c.row + 1}`)!;
      if (c.formula !== undefined) {
        expect(decodeXstring(got.formula ?? "")).toBe(c.formula);
        expect(`=${got.formula}`.length).toBeLessThanOrEqual(8_192);
      }
      if (typeof c.value === "number") expect(Number(got.value)).toBe(c.value === 0 ? 0 : c.value);
      if (typeof c.value === "string" && c.value !== "") {
        const read =
          c.formula === undefined ? strings[Number(got.value)] : decodeXstring(got.value ?? "");
        expect(read).toBe(c.value);
        expect(read.length).toBeLessThanOrEqual(32_767);
      }
      if (typeof got.value === "string" && got.type === null)
        expect(Number.isFinite(Number(got.value))).toBe(true);
    }
  });
  const tables = model.sheets.flatMap((s) => s.tables);
  tables.forEach((t, i) => {
    const columns = descendants(parseXml(parts[`xl/tables/table${i + 1}.xml`]), "tableColumn");
    expect(columns.map((c) => decodeXstring(c.getAttribute("name") ?? ""))).toEqual(t.columns);
  });
}

const written: Parts[] = [];
let refused = 0;

test("hostile workbooks: refused naming a fault, or written and read back exactly", () => {
  fc.assert(
    fc.property(sample, ({ model, faults }) => {
      let bytes: Uint8Array;
      try {
        bytes = writeXlsx(model);
      } catch (error) {
        if (!(error instanceof WorkbookRefusal)) throw error;
        refused++;
        expect({ faults, refused: error.message }).toEqual({
          faults: expect.arrayContaining([expect.anything()]),
          refused: error.message,
        });
        expect(faults.some((f) => error.messages.en.includes(f))).toBe(true);
        expect(
          faults.some((f) =>
            error.messages["zh-TW"].includes(
              f
                .replace(/^(Sheet name |Table name |Name |Table |Two sheets are named )/, "")
                .replace(/ names two things$/, "")
                .replace(/:$/, "")
                .replace(/^"|"$/g, "")
            )
          )
        ).toBe(true);
        return;
      }
      expect(faults).toEqual([]);
      const parts = readAnyParts(bytes);
      expectReadBack(model, parts);
      written.push(parts);
    }),
    { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20260101) }
  );
  // The generator reaches both outcomes.
  expect(refused).toBeGreaterThan(5);
  expect(written.length).toBeGreaterThan(5);
});

describeWithSchemas("the hostile workbooks that were written", () => {
  test("every part of each validates against its schema", async () => {
    expect(written.length).toBeGreaterThan(0);
    expect(await validateFiles(written)).toEqual([]);
  }, 120_000);
});
