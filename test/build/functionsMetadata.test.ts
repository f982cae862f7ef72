/**
 * The build's post-processing of functions.json: it drops the generator's default
 * "allowCustomDataForDataTypeAny" (office-js #4385, #3504), keeps what the project chose, and stops
 * on any key nobody decided about. test/functions/metadata.test.ts checks the built file itself.
 */
const { GENERATOR_DEFAULTS, localizedMetadata, shippedMetadata } =
  require("../../scripts/build/functionsMetadata.js") as {
    GENERATOR_DEFAULTS: string[];
    shippedMetadata(generated: unknown): Record<string, unknown>;
    localizedMetadata(shipped: unknown, catalog: unknown, language: string): Metadata;
  };
interface Metadata {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: Array<Record<string, unknown>>;
    result: unknown;
  }>;
}

/** What custom-functions-metadata writes for one function with a required and an optional parameter. */
const generated = () => ({
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      description: "Data-center cost.",
      helpUrl: "https://localhost:3000/help.html#datacenter_cost",
      id: "DATACENTER_COST",
      name: "DATACENTER_COST",
      parameters: [
        { description: "GPU spend.", name: "spend", type: "number" },
        { description: "Energy.", name: "energy", optional: true, type: "number" },
        { description: "Range.", dimensionality: "matrix", name: "range", type: "any" },
      ],
      result: { type: "number", dimensionality: "scalar" },
    },
  ],
});

describe("shippedMetadata", () => {
  it("drops allowCustomDataForDataTypeAny and keeps every function exactly", () => {
    const input = generated();
    const shipped = shippedMetadata(input);
    expect(GENERATOR_DEFAULTS).toEqual(["allowCustomDataForDataTypeAny"]);
    expect(Object.keys(shipped)).toEqual(["functions"]);
    expect(shipped.functions).toEqual(generated().functions);
  });

  it("keeps metadata that has no generator default unchanged", () => {
    const { functions } = generated();
    expect(shippedMetadata({ functions })).toEqual({ functions });
  });

  it.each<[string, (m: ReturnType<typeof generated>) => void, RegExp]>([
    [
      "a top-level setting",
      (m) => Object.assign(m, { allowErrorForDataTypeAny: true }),
      /functions\.json has "allowErrorForDataTypeAny"/,
    ],
    [
      "a function option",
      (m) => Object.assign(m.functions[0], { options: { volatile: true } }),
      /DATACENTER_COST, options has "volatile"/,
    ],
    [
      "a function key",
      (m) => Object.assign(m.functions[0], { stream: true }),
      /DATACENTER_COST has "stream"/,
    ],
    [
      "a parameter key",
      (m) => Object.assign(m.functions[0].parameters[1], { repeating: true }),
      /parameter energy has "repeating"/,
    ],
    [
      "a result key",
      (m) => Object.assign(m.functions[0].result, { cellValueType: "doublecellvalue" }),
      /DATACENTER_COST, result has "cellValueType"/,
    ],
  ])("stops on %s nobody chose, naming it and where to decide", (_, change, message) => {
    const input = generated();
    change(input);
    expect(() => shippedMetadata(input)).toThrow(message);
    expect(() => shippedMetadata(input)).toThrow(/scripts\/build\/functionsMetadata\.js/);
  });
});

describe("localizedMetadata", () => {
  const shipped = () => shippedMetadata(generated());
  /** The catalog's texts for the function above, as src/engine/catalog holds them. */
  const catalog = () => [
    {
      id: "DATACENTER_COST",
      description: { en: "Data-center cost.", "zh-TW": "資料中心成本。" },
      parameters: [
        {
          name: "spend",
          label: { en: "spend", "zh-TW": "GPU支出" },
          description: { en: "GPU spend.", "zh-TW": "GPU 支出。" },
        },
        {
          name: "energy",
          label: { en: "energy", "zh-TW": "能源" },
          description: { en: "Energy.", "zh-TW": "能源成本。" },
        },
        {
          name: "range",
          label: { en: "range", "zh-TW": "營收範圍" },
          description: { en: "Range.", "zh-TW": "營收。" },
        },
      ],
    },
  ];

  it("translates descriptions and parameter names, and keeps ids, names, types, flags and help URLs", () => {
    const zh = localizedMetadata(shipped(), catalog(), "zh-TW");
    expect(zh).toEqual({
      functions: [
        {
          description: "資料中心成本。",
          helpUrl: "https://localhost:3000/help.html#datacenter_cost",
          id: "DATACENTER_COST",
          name: "DATACENTER_COST",
          parameters: [
            { description: "GPU 支出。", name: "GPU支出", type: "number" },
            { description: "能源成本。", name: "能源", optional: true, type: "number" },
            { description: "營收。", dimensionality: "matrix", name: "營收範圍", type: "any" },
          ],
          result: { type: "number", dimensionality: "scalar" },
        },
      ],
    });
  });

  it("leaves the English metadata it was given unchanged", () => {
    const english = shipped();
    localizedMetadata(english, catalog(), "zh-TW");
    expect(english).toEqual(shipped());
  });

  it.each<[string, (c: ReturnType<typeof catalog>) => unknown, RegExp]>([
    [
      "a function missing from the catalog",
      () => [],
      /DATACENTER_COST, which the catalog does not/,
    ],
    [
      "parameters in another order",
      (c) => [
        { ...c[0], parameters: [c[0].parameters[1], c[0].parameters[0], c[0].parameters[2]] },
      ],
      /DATACENTER_COST: functions.json has parameters \(spend, energy, range\), the catalog \(energy, spend, range\)/,
    ],
    [
      "a missing description",
      (c) => [{ ...c[0], description: { en: "Data-center cost." } }],
      /no zh-TW text for DATACENTER_COST's description/,
    ],
    [
      "an empty parameter label",
      (c) => [
        {
          ...c[0],
          parameters: [
            { ...c[0].parameters[0], label: { en: "spend", "zh-TW": " " } },
            ...c[0].parameters.slice(1),
          ],
        },
      ],
      /no zh-TW text for DATACENTER_COST's parameter spend/,
    ],
    [
      "a missing parameter description",
      (c) => [
        {
          ...c[0],
          parameters: [
            c[0].parameters[0],
            { ...c[0].parameters[1], description: {} },
            c[0].parameters[2],
          ],
        },
      ],
      /no zh-TW text for DATACENTER_COST's parameter energy/,
    ],
  ])("stops on %s", (_, change, message) => {
    expect(() => localizedMetadata(shipped(), change(catalog()), "zh-TW")).toThrow(message);
  });
});
