import { CustomFunctionsError, loadFunctionsBundle } from "../support/functionsBundle";

describe("the built functions bundle (smoke)", () => {
  const bundle = loadFunctionsBundle();
  it("reproduces the article's headline figures", () => {
    expect(bundle.call("REQUIRED_REVENUE", 50)).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 150)).toBe(600);
    expect(bundle.call("DATACENTER_COST", 50, 1)).toBe(100);
    const table = bundle.call("ARTICLE_TABLE") as unknown[][];
    expect(bundle.call("GAP", table)).toBe(125);
    expect(bundle.call("COVERAGE", table)).toBe(0.375);
  });
  it("gives #VALUE! with the engine's message for a margin of 50 instead of 50%", () => {
    expect(() => bundle.call("REQUIRED_REVENUE", 50, 1, 50)).toThrow(CustomFunctionsError as never);
  });
});
