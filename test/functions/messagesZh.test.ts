/**
 * Excel's #VALUE! and #N/A messages in the host's display language, through the built bundle
 * (dist/functions.js) as a shared runtime loads it: with Office's displayLanguage zh-TW (or
 * zh-HK) the message is the engine's Traditional Chinese text; with en-US, or in a runtime
 * without Office, the English one. The code is the same in every language.
 */
import { CustomFunctionsError, loadFunctionsBundle, thrownBy } from "../support/functionsBundle";

// Loaded as the file loads, as every functions suite does: a suite that loads the bundle inside a
// test makes StrykerJS count the bundle's load-time code as covered by that test alone
// (docs/mutation.md). Each test sets the display language the runtime's Office reports.
const office: { context: { displayLanguage?: string } } = { context: {} };
const inOffice = loadFunctionsBundle(undefined, { Office: office });
const withoutOffice = loadFunctionsBundle();
beforeEach(() => {
  office.context.displayLanguage = undefined;
});
const withLanguage = (displayLanguage: string) => {
  office.context.displayLanguage = displayLanguage;
  return inOffice;
};

const SPEND_EN = "spend must be 0 or more: GPU spend in $B, 0 or more (the article: 50) (got -1)";
const SPEND_ZH =
  "GPU支出（spend）必須為 0 或以上：GPU 支出（十億美元），0 或以上（文章：50）（目前為 -1）";

describe("the functions' messages follow Excel's display language", () => {
  it.each([
    ["zh-TW", SPEND_ZH],
    ["zh-HK", SPEND_ZH],
    ["en-US", SPEND_EN],
    ["zh-CN", SPEND_EN], // Simplified Chinese: the add-in speaks English there
  ])("GPU.REQUIRED_REVENUE(-1) under %s", (language, message) => {
    const error = thrownBy(() => withLanguage(language).call("REQUIRED_REVENUE", -1));
    expect(error).toEqual(new CustomFunctionsError("#VALUE!", message));
  });

  it("is English in a runtime without Office", () => {
    const error = thrownBy(() => withoutOffice.call("REQUIRED_REVENUE", -1));
    expect(error).toEqual(new CustomFunctionsError("#VALUE!", SPEND_EN));
  });

  it("gives #N/A's message in Chinese too (PAYBACK_YEARS(100, 0.5): 100 years of 0.5 cover 50%)", () => {
    const error = thrownBy(() => withLanguage("zh-TW").call("PAYBACK_YEARS", 100, 0.5));
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect((error as CustomFunctionsError).code).toBe("#N/A");
    expect((error as CustomFunctionsError).message).toBe(
      "資本支出（capex）在 100 年內都無法回收：100 年的利潤只涵蓋其中的 50%。請提高利潤或成長率，或降低資本支出"
    );
  });
});
