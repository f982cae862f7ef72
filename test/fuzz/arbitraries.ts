/**
 * What Excel can hand a custom function, as fast-check arbitraries: numbers of every kind
 * (NaN and the infinities too, which the engine must reject), blanks, text, booleans, error
 * values inside ranges, and ranges of any shape from 1×1 to thousands of rows.
 */
import fc from "fast-check";
import { CustomFunctionsError, ErrorCode } from "../support/functionsBundle";

export const EXCEL_ERROR_CODES: readonly string[] = Object.values(ErrorCode);

/** Numbers that sit on the edges: zero of both signs, the extremes, the article's figures. */
const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  50,
  150,
  200,
  75,
  0.999999999,
  1 - Number.EPSILON,
  1 + Number.EPSILON,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_VALUE / 2,
  1e308,
  1e300,
  1e-300,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity,
];

/** Any number, the edges often: negative, 0, -0, huge, tiny, NaN and ±Infinity. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.double({ min: -1e4, max: 1e4, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) }
);

/** A number the engine accepts as an amount: finite and 0 or more (-0 included). */
export const validAmount: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 50, 150, 200, 75, Number.MIN_VALUE, 1e-300, 1e300, Number.MAX_VALUE),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 10_000 })
);

/** A margin the engine accepts: from 0 up to, not including, 1. */
export const validMargin: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 0.3, 0.5, 0.7, 1 - Number.EPSILON, Number.MIN_VALUE),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
);

/** Text as a user might type it, numeric-looking text included (Excel passes it as text). */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("50", " 50 ", "50%", "1e3", "-1", "NaN", "Infinity", "TRUE", "#VALUE!", "回本"),
  fc.string({ unit: "grapheme", minLength: 21, maxLength: 400 })
);

/** What a single (scalar) argument can be: numbers mostly, and blanks, text and booleans. */
export const scalarArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: anyNumber },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: fc.boolean() }
);

/** An error value in a cell, as Excel passes it inside a range. */
export const errorCell: fc.Arbitrary<CustomFunctionsError> = fc
  .tuple(
    fc.constantFrom(...EXCEL_ERROR_CODES),
    fc.option(fc.string({ minLength: 1, maxLength: 30 }))
  )
  .map(([code, message]) => new CustomFunctionsError(code, message ?? undefined));

/** A cell in a range: numbers, blanks (null, "", 0), text, booleans, and now and then an error. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: anyNumber },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorCell }
);

/** A cell that never makes the engine reject the range: valid amounts, blanks, text, booleans. */
export const harmlessCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: validAmount },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: fc.boolean() }
);

/** A rectangular range of small size (1×1 to 12×6), cell by cell, so failures shrink well. */
export function smallRange(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    );
}

/** A small deterministic generator, so that large ranges cost one seed instead of 10,000 draws. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a large range is filled with. */
export type Fill = "amounts" | "mixed" | "hostile";

/** One cell of a large range, drawn from random numbers in [0, 1). */
function largeCell(fill: Fill, random: () => number): unknown {
  const pick = random();
  const amount = Math.floor(random() * 1_000_000) / 100;
  if (fill === "amounts") return amount;
  if (fill === "mixed") {
    if (pick < 0.6) return amount;
    if (pick < 0.75) return null;
    if (pick < 0.85) return "";
    if (pick < 0.95) return "text";
    return pick < 0.975;
  }
  // hostile: mostly valid, with the odd negative, NaN, Infinity or error value
  if (pick < 0.9995) return amount;
  const bad = [-1, NaN, Infinity, -Infinity, -Number.MIN_VALUE, new CustomFunctionsError("#N/A")];
  return bad[Math.floor(random() * bad.length)];
}

/** A large range (100 to 5,000 rows, 1 to 4 columns) filled from a seed. */
export const largeRange: fc.Arbitrary<unknown[][]> = fc
  .record({
    rows: fc.integer({ min: 100, max: 5000 }),
    columns: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer(),
    fill: fc.constantFrom<Fill>("amounts", "mixed", "hostile"),
  })
  .map(({ rows, columns, seed, fill }) => {
    const random = mulberry32(seed);
    return Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => largeCell(fill, random))
    );
  });

/**
 * A range argument: small ranges of any cells mostly, some large ones, and now and then
 * something that is not a range at all (a bare value), which must still end in an Excel error.
 */
export const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: smallRange(anyCell) },
  { weight: 4, arbitrary: smallRange(harmlessCell) },
  { weight: 2, arbitrary: largeRange },
  { weight: 1, arbitrary: scalarArgument }
);

/** The cells of a range in row-major order (Excel's order for SUM), with their positions. */
export function* cellsOf(range: readonly (readonly unknown[])[]) {
  for (let row = 0; row < range.length; row++) {
    for (let column = 0; column < range[row].length; column++) {
      yield { row, column, value: range[row][column] };
    }
  }
}
