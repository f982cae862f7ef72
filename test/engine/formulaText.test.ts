import { textConstant } from "../../src/engine/formulaText";

describe("a text constant in a formula", () => {
  it("is quoted, each quote inside doubled, as Excel writes it", () => {
    expect(textConstant('say "hi"')).toBe('"say ""hi"""');
    expect(textConstant('"')).toBe('""""');
    expect(textConstant("")).toBe('""');
  });

  it("keeps apostrophes, commas and other scripts as they are", () => {
    expect(textConstant("It's 1,000 美元")).toBe('"It\'s 1,000 美元"');
  });
});
