/**
 * The pane's language from Office's display language (or the browser's): Traditional Chinese for
 * Taiwan, Hong Kong, Macao and any tag that names the Traditional script; English otherwise,
 * including Simplified Chinese, which the add-in does not speak.
 */
import { languageFor } from "../../src/engine";

describe("languageFor", () => {
  it.each(["zh-TW", "zh-tw", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK", "ZH-HANT"])(
    "speaks Traditional Chinese for %s",
    (tag) => {
      expect(languageFor(tag)).toBe("zh-TW");
    }
  );

  it.each([
    "en-US",
    "en-GB",
    "zh-CN",
    "zh-SG",
    "zh-Hans",
    "zh-Hans-CN",
    "zh",
    "ja-JP",
    "en-x-zh-tw", // the language is the first subtag: English with a private-use zh-tw
    "",
    null,
    undefined,
  ])("speaks English for %p", (tag) => {
    expect(languageFor(tag)).toBe("en");
  });
});
