/**
 * identifiedRevenue sums a range like Excel's SUM: numbers count; text, booleans and blanks (null,
 * undefined, "") are skipped; an error value in the range is passed on as a CellErrorValue; a
 * negative or non-finite number is rejected, naming where it is.
 */
import {
  COMPANY_REVENUES,
  CellErrorValue,
  PaybackError,
  identifiedRevenue,
} from "../../src/engine";

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

/** The whole default table as Excel would hand it over: a header row, then company, revenue, basis. */
const wholeTable = (): unknown[][] => [
  ["Company", "AI revenue ($B)", "Basis in the article"],
  ...COMPANY_REVENUES.map((row) => [row.company, row.revenue, row.basis]),
];

describe("identifiedRevenue", () => {
  it("sums the revenue column of the default table to 75", () => {
    expect(identifiedRevenue(COMPANY_REVENUES.map((row) => [row.revenue]))).toBe(75);
  });

  it("sums the whole table, header and text columns included, to 75", () => {
    expect(identifiedRevenue(wholeTable())).toBe(75);
  });

  it("sums a row as well as a column", () => {
    expect(identifiedRevenue([[1, 10, 10, 10, 10, 5, 5, 5, 5, 5, 5, 4]])).toBe(75);
  });

  it("skips text, booleans and blanks in every form (null, undefined, '')", () => {
    expect(
      identifiedRevenue([[10], ["20"], [true], [false], [null], [undefined], [""], [" "], [5]])
    ).toBe(15);
    expect(identifiedRevenue([[null, "", undefined]])).toBe(0);
  });

  it("counts numeric text as text (skipped), like SUM over a range", () => {
    expect(identifiedRevenue([["75"], [0]])).toBe(0);
  });

  it("is 0 for an empty range or empty rows", () => {
    expect(identifiedRevenue([])).toBe(0);
    expect(identifiedRevenue([[], []])).toBe(0);
  });

  it("handles ragged rows", () => {
    expect(identifiedRevenue([[1], [2, 3], [], [4, "x", 5]])).toBe(15);
  });

  it("passes an error value in the range on as a CellErrorValue carrying it", () => {
    const errorValue = { code: "#N/A", message: "no data" };
    const error = thrown(() => identifiedRevenue([[10], ["Meta"], [errorValue], [5]]));
    expect(error).toBeInstanceOf(CellErrorValue);
    expect(error).toBeInstanceOf(Error);
    expect((error as CellErrorValue).value).toBe(errorValue);
    expect((error as CellErrorValue).name).toBe("CellErrorValue");
  });

  it("passes on the first error value it meets, reading row by row", () => {
    const first = { code: "#DIV/0!" };
    const second = { code: "#REF!" };
    const error = thrown(() =>
      identifiedRevenue([
        [1, first],
        [second, 2],
      ])
    ) as CellErrorValue;
    expect(error.value).toBe(first);
  });

  it.each([
    [[[10], [-5]], "row 2, column 1 of the range has -5"],
    [
      [
        ["OpenAI", 1],
        ["Meta", -10],
      ],
      "row 2, column 2 of the range has -10",
    ],
    [[[NaN]], "row 1, column 1 of the range has NaN"],
    [[[1, Infinity]], "row 1, column 2 of the range has Infinity"],
    [[[-Infinity]], "row 1, column 1 of the range has -Infinity"],
  ])("rejects %p, saying where: %s", (cells, where) => {
    const error = thrown(() => identifiedRevenue(cells as unknown[][])) as PaybackError;
    expect(error).toBeInstanceOf(PaybackError);
    expect(error.kind).toBe("value");
    expect(error.argument).toBe("range");
    expect(error.message).toBe(`range must hold revenues of 0 or more: ${where}`);
  });

  it("accepts -0 and gives +0", () => {
    expect(Object.is(identifiedRevenue([[-0]]), 0)).toBe(true);
  });

  it.each([[75], ["75"], [null], [[75]], [{}]])("rejects %p, which is not a range", (notARange) => {
    const error = thrown(() =>
      identifiedRevenue(notARange as unknown as unknown[][])
    ) as PaybackError;
    expect(error).toBeInstanceOf(PaybackError);
    expect(error.argument).toBe("range");
    expect(error.message).toBe("range must be a range of cells holding revenues in $B");
  });

  it("reports a sum too large to represent as kind 'number'", () => {
    const error = thrown(() => identifiedRevenue([[1e308], [1e308]])) as PaybackError;
    expect(error).toBeInstanceOf(PaybackError);
    expect(error.kind).toBe("number");
    expect(error.message).toBe(
      "The sum of the revenues is too large to compute: use smaller inputs"
    );
  });
});
