/**
 * The build's post-processing of functions.json: it drops the generator's default
 * "allowCustomDataForDataTypeAny" (office-js #4385, #3504), keeps what the project chose, and stops
 * on any key nobody decided about. test/functions/metadata.test.ts checks the built file itself.
 */
const { GENERATOR_DEFAULTS, shippedMetadata } =
  require("../../scripts/build/functionsMetadata.js") as {
    GENERATOR_DEFAULTS: string[];
    shippedMetadata(generated: unknown): Record<string, unknown>;
  };

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
