/**
 * A catalog entry from its words and the metadata table (src/engine/catalog/define.ts), built
 * inside each test: the catalog itself is built as its module loads, which no test covers for
 * StrykerJS (docs/mutation.md). What a parameter with a default, one without and a range read as.
 */
import { defineFunction, describeParameter } from "../../src/engine/catalog/define";
import { ENERGY, MARGIN, REVENUES, SPEND } from "../../src/engine/catalog/signatures";

const words = (en: string, zh: string) => ({ en, "zh-TW": zh });

describe("describeParameter", () => {
  it("makes a parameter with a default optional, its default said as users type it", () => {
    const energy = describeParameter(ENERGY, {
      label: words("energy", "能源"),
      description: words("Energy per GPU dollar.", "每一美元 GPU 的能源成本。"),
      defaultNote: words("the article's figure", "文章的數字"),
    });
    expect(energy).toMatchObject({
      name: "energy",
      optional: true,
      defaultText: "1",
      description: words(
        "Energy per GPU dollar. Default 1, the article's figure.",
        "每一美元 GPU 的能源成本。預設 1，文章的數字。"
      ),
    });
    // A percentage's default reads as one.
    const margin = describeParameter(MARGIN, {
      label: words("margin", "毛利率"),
      description: words("The end customer's margin.", "終端客戶毛利率。"),
    });
    expect([margin.optional, margin.defaultText]).toEqual([true, "50%"]);
    // With no note on the default, the sentence ends at it.
    expect(margin.description).toEqual(
      words("The end customer's margin. Default 50%.", "終端客戶毛利率。預設 50%。")
    );
  });

  it("makes a parameter with no default required, with no default said", () => {
    const spend = describeParameter(SPEND, {
      label: words("spend", "支出"),
      description: words("GPU spend ($B).", "GPU 支出（十億美元）。"),
    });
    expect(spend.optional).toBe(false);
    expect("defaultText" in spend).toBe(false);
    expect(spend.description).toEqual(words("GPU spend ($B).", "GPU 支出（十億美元）。"));
  });

  it("refuses a range whose words do not say what it allows", () => {
    expect(() =>
      describeParameter(REVENUES, {
        label: words("range", "範圍"),
        description: words("The revenues.", "營收。"),
      })
    ).toThrow("range is a range: say what it allows");
  });
});

describe("defineFunction", () => {
  it("orders the parameters as the metadata table does, the optional ones last", () => {
    const texts = (name: string) => ({
      label: words(name, name),
      description: words(`${name}.`, `${name}。`),
    });
    const spec = defineFunction("DATACENTER_COST", {
      description: words("Data-center cost.", "資料中心成本。"),
      returns: words("The cost ($B).", "成本（十億美元）。"),
      examples: [],
      errors: [],
      parameters: { energy: texts("energy"), spend: texts("spend") },
    });
    expect(spec.parameters.map((p) => [p.name, p.optional, p.defaultText])).toEqual([
      ["spend", false, undefined],
      ["energy", true, "1"],
    ]);
    expect(spec.compute(50, 1)).toBe(100);
  });
});
