/**
 * Two details of the engine's messages and results that the mutation run found untested: how long a
 * text is quoted in a message (20 characters, then "…"), and that a result of -0 comes back as 0
 * (Excel would show "-0" for a negative zero).
 */
import { describe as describeValue, requireFiniteResult } from "../../src/engine/validate";

describe("describe (a value in an error message)", () => {
  it("quotes a text of 20 characters whole", () => {
    expect(describeValue("abcdefghijklmnopqrst")).toBe('text "abcdefghijklmnopqrst"');
  });

  it("cuts a text of 21 characters after 20, with an ellipsis", () => {
    expect(describeValue("abcdefghijklmnopqrstu")).toBe('text "abcdefghijklmnopqrst…"');
  });
});

describe("requireFiniteResult", () => {
  it("turns -0 into 0", () => {
    expect(Object.is(requireFiniteResult(-0, "The gap"), 0)).toBe(true);
    expect(Object.is(requireFiniteResult(0 * -1, "The gap"), -0)).toBe(false);
  });

  it("returns other finite results unchanged", () => {
    expect(requireFiniteResult(-125, "The gap")).toBe(-125);
    expect(requireFiniteResult(200, "The required revenue")).toBe(200);
  });
});
