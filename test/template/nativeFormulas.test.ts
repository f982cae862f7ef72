/**
 * The template in native Excel formulas: both forms of every preset and language, written into
 * HyperFormula by the preview's host, give the same value in every formula cell (or both an error),
 * for the article's inputs and for edited ones, valid and invalid. The native sheet has no GPU.*
 * call left, the same labels and values, and a check cell that names what is wrong.
 */
import { DetailedCellError } from "hyperformula";
import { PRESET_IDS } from "../../src/engine";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import {
  CHECK_MESSAGES,
  LANGUAGES,
  buildTemplatePlan,
  checkAddress,
  type TemplatePlan,
} from "../../src/template";

async function bothForms(
  preset: (typeof PRESET_IDS)[number],
  language: (typeof LANGUAGES)[number]
) {
  const host = new HyperFormulaHost();
  const gpu = buildTemplatePlan({ preset, language });
  const native = buildTemplatePlan({ preset, language, formulas: "native" });
  const gpuSheet = await host.insertTemplate(gpu);
  const nativeSheet = await host.insertTemplate(native);
  /** Types the same input into both sheets. */
  const edit = (address: string, input: string) => {
    host.setInput(address, input, gpuSheet);
    host.setInput(address, input, nativeSheet);
  };
  /** [address, GPU value, native value] for every formula cell, errors as their codes. */
  const compared = () =>
    gpu.cells
      .filter((cell) => cell.formula !== undefined)
      .map((cell) => {
        const a = host.value(cell.address, gpuSheet);
        const b = host.value(cell.address, nativeSheet);
        return a instanceof DetailedCellError
          ? [cell.address, "error", b instanceof DetailedCellError ? "error" : b]
          : [cell.address, a, b];
      });
  const check = () => host.value(checkAddress(native), nativeSheet);
  return { host, gpu, native, gpuSheet, nativeSheet, edit, compared, check };
}

const formulaCells = (plan: TemplatePlan) => plan.cells.filter((c) => c.formula !== undefined);

/** Inputs to type into both sheets, and what the check cell says then. */
const EDITS: ReadonlyArray<
  [
    string,
    ReadonlyArray<[keyof TemplatePlan["addresses"] | string, string]>,
    keyof (typeof CHECK_MESSAGES)["en"],
  ]
> = [
  ["the article's inputs", [], "ok"],
  [
    "spend 150, energy 0.5, margin 70%",
    [
      ["spend", "150"],
      ["energy", "0.5"],
      ["margin", "0.7"],
    ],
    "ok",
  ],
  ["a margin typed as 50", [["margin", "50"]], "marginTooLarge"],
  ["a margin of 100%", [["margin", "1"]], "marginTooLarge"],
  ["a negative margin", [["margin", "-0.1"]], "marginNegative"],
  ["a negative spend", [["spend", "-5"]], "spendNegative"],
  ["a spend typed as text", [["spend", "'fifty"]], "spendNotNumber"],
  ["a negative energy", [["energy", "-1"]], "energyNegative"],
  ["energy TRUE", [["energy", "TRUE"]], "energyNotNumber"],
  ["a negative revenue in the table", [["B22", "-3"]], "revenueNegative"],
  ["an error in the table", [["B22", "=1/0"]], "revenueError"],
  ["a spend of 0 (coverage has no required revenue)", [["spend", "0"]], "requiredZero"],
  ["an emptied spend (it counts as 0)", [["spend", ""]], "spendEmpty"],
  ["an emptied margin (it counts as 0)", [["margin", ""]], "marginEmpty"],
];

describe.each(PRESET_IDS.flatMap((p) => LANGUAGES.map((l) => [p, l] as const)))(
  "the %s template in %s, GPU.* and native",
  (preset, language) => {
    it("has the same layout, labels and values, and no GPU.* call in the native form", async () => {
      const { gpu, native } = await bothForms(preset, language);
      const check = checkAddress(native);
      const nativeCells = native.cells.filter((cell) => cell.address !== check);
      expect(nativeCells.map((c) => [c.address, c.value, c.style, c.numberFormat])).toEqual(
        gpu.cells.map((c) => [c.address, c.value, c.style, c.numberFormat])
      );
      expect(formulaCells(native).map((c) => c.address)).toEqual([
        ...formulaCells(gpu).map((c) => c.address),
        check,
      ]);
      for (const cell of formulaCells(native)) expect(cell.formula).not.toMatch(/GPU\./i);
      expect({ ...native, cells: [], formulas: undefined }).toEqual({ ...gpu, cells: [] });
      expect(native.formulas).toBe("native");
    });

    it.each(EDITS)(
      "gives the GPU form's value in every formula cell: %s",
      async (_, inputs, message) => {
        const { gpu, edit, compared, check } = await bothForms(preset, language);
        for (const [input, text] of inputs) {
          const address = (gpu.addresses as unknown as Record<string, string>)[input] ?? input;
          edit(address, text);
        }
        const rows = compared();
        for (const [address, a, b] of rows) expect([address, b]).toEqual([address, a]);
        expect(check()).toBe(CHECK_MESSAGES[language][message]);
        // The comparison covers numbers, not only errors: the valid edits leave every cell a number.
        if (message === "ok") expect(rows.every(([, a]) => typeof a === "number")).toBe(true);
      }
    );
  }
);

describe("the native template's figures, worked out by hand", () => {
  it("reads 100, 200, 75, 125, 37.5%, 18.75 (September 2023) and 600, 525 (June 2024)", async () => {
    const sept = await bothForms("sept2023", "en");
    const a = sept.native.addresses;
    const value = (address: string) => sept.host.value(address, sept.nativeSheet);
    expect(
      [
        a.dataCenterCost,
        a.requiredRevenue,
        a.identifiedRevenue,
        a.gap,
        a.coverage,
        a.breakevenSpend,
      ].map(value)
    ).toEqual([100, 200, 75, 125, 0.375, 18.75]);
    const june = await bothForms("june2024", "zh-TW");
    const b = june.native.addresses;
    expect(june.host.value(b.requiredRevenue, june.nativeSheet)).toBe(600);
    expect(june.host.value(b.gap, june.nativeSheet)).toBe(525);
  });

  it("names an emptied input in its check cell (an empty cell counts as 0 in the formulas)", async () => {
    for (const language of LANGUAGES) {
      const { native, host, nativeSheet, check } = await bothForms("sept2023", language);
      const m = CHECK_MESSAGES[language];
      for (const [input, message] of [
        ["spend", m.spendEmpty],
        ["energy", m.energyEmpty],
        ["margin", m.marginEmpty],
      ] as const) {
        const address = native.addresses[input];
        const before = host.value(address, nativeSheet);
        host.setInput(address, "", nativeSheet);
        expect([input, check()]).toEqual([input, message]);
        host.setInput(address, String(before), nativeSheet);
      }
      expect(check()).toBe(m.ok);
    }
  });
});
