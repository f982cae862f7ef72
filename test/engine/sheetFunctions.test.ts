import { sheetFunctions } from "../../src/engine/sheetFunctions";

// GPU.ANNUAL_REQUIRED_REVENUE(spend 100, life 5): cost 100 × (1 + 1) = 200 over 5 years = 40 a
// year, ÷ (1 − 0.5) = 80; a cloud margin of 0.5 in sixth place halves what is kept again: 160.
describe("sheetFunctions: omitted arguments take the table's defaults, in every position", () => {
  it("fills null and missing arguments alike, up to the sixth", () => {
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(100, 5)).toBe(80);
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(100, 5, null, null, null, null)).toBe(80);
  });

  it("keeps a given sixth argument", () => {
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(100, 5, null, null, null, 0.5)).toBe(160);
  });

  it("keeps a given 0, which is not an omitted argument", () => {
    // energy 0: cost 100 over 5 years = 20, ÷ 0.5 = 40.
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(100, 5, 0)).toBe(40);
  });
});
