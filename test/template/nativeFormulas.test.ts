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
  LABELS,
  LANGUAGES,
  buildTemplatePlan,
  checkAddress,
  checkFormula,
  nativeTemplatePlan,
  type TemplatePlan,
} from "../../src/template";
import { rowOf } from "../support/cells";

async function bothForms(
  preset: (typeof PRESET_IDS)[number],
  language: (typeof LANGUAGES)[number]
) {
  const host = new HyperFormulaHost();
  const gpu = buildTemplatePlan({ preset, language });
  const native = buildTemplatePlan({ preset, language, formulas: "native" });
  const gpuSheet = await host.pane.insertTemplate(gpu);
  const nativeSheet = await host.pane.insertTemplate(native);
  /** Types the same input into both sheets. */
  const edit = (address: string, input: string) => {
    host.edit.setInput(address, input, gpuSheet);
    host.edit.setInput(address, input, nativeSheet);
  };
  /**
   * [address, GPU value, native value] for every formula cell of the native sheet (which writes
   * CHARGES_IN_SERVICE's spilled row cell by cell), errors as their codes.
   */
  const compared = () =>
    native.cells
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

type Expected = "ok" | "input" | keyof (typeof CHECK_MESSAGES)["en"];

/** Inputs to type into both sheets, and what the native check cell says then. */
const EDITS: ReadonlyArray<[string, ReadonlyArray<[string, string]>, Expected]> = [
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
  ["a margin typed as 50", [["margin", "50"]], "input"],
  ["a margin of 100%", [["margin", "1"]], "input"],
  ["a negative margin", [["margin", "-0.1"]], "input"],
  ["a negative spend", [["spend", "-5"]], "input"],
  ["a spend typed as text", [["spend", "'fifty"]], "input"],
  ["a negative energy", [["energy", "-1"]], "input"],
  ["energy TRUE", [["energy", "TRUE"]], "input"],
  ["an emptied spend (it counts as 0)", [["spend", ""]], "input"],
  ["a negative revenue in the table", [["table", "-3"]], "revenueNegative"],
  ["an error in the table", [["table", "=1/0"]], "revenueError"],
  ["a spend of 0 (coverage has no required revenue)", [["spend", "0"]], "requiredZero"],
];

describe.each(PRESET_IDS.flatMap((p) => LANGUAGES.map((l) => [p, l] as const)))(
  "the %s template in %s, GPU.* and native",
  (preset, language) => {
    it("has the same layout, labels and values; GPU.* calls only where no native form exists", async () => {
      const { gpu, native } = await bothForms(preset, language);
      // The notes that name a GPU.* function say the same arithmetic in native words instead.
      const text = LABELS[language];
      const words = new Map(
        (["gridNote", "lifeGridNote", "yearsNote"] as const).map((k) => [
          text.nativeNotes[k],
          text[k],
        ])
      );
      const shape = (c: TemplatePlan["cells"][number]) => [
        c.address,
        typeof c.value === "string" ? (words.get(c.value) ?? c.value) : c.value,
        c.style,
        c.numberFormat,
      ];
      expect(native.cells.map(shape)).toEqual(gpu.cells.map(shape));
      expect(native.cells.filter((c, i) => c.value !== gpu.cells[i].value)).toHaveLength(
        gpu.grids.length + 1
      );
      // Formulas where the GPU form has them, and in the row GPU.CHARGES_IN_SERVICE spills into.
      const spill = (address: string) => /^[G-M]\d+$/.test(address);
      for (const [g, n] of gpu.cells.map((c, i) => [c, native.cells[i]] as const)) {
        if (g.formula !== undefined || !spill(g.address)) {
          expect([g.address, n.formula === undefined]).toEqual([
            g.address,
            g.formula === undefined,
          ]);
        }
      }
      for (const cell of formulaCells(native)) {
        if (native.untranslated?.includes(cell.address)) continue;
        expect([cell.address, cell.formula]).not.toEqual([
          cell.address,
          expect.stringMatching(/GPU\./i),
        ]);
      }
      expect({ ...native, cells: [], formulas: undefined, untranslated: undefined }).toEqual({
        ...gpu,
        cells: [],
      });
      expect(native.formulas).toBe("native");
    });

    it.each(EDITS)(
      "gives the GPU form's value in every formula cell: %s",
      async (_, inputs, expected) => {
        const { gpu, native, host, gpuSheet, edit, compared, check } = await bothForms(
          preset,
          language
        );
        const firstRevenue = gpu.names[0].range.split(":")[0];
        for (const [input, text] of inputs) {
          const address =
            input === "table"
              ? firstRevenue
              : (gpu.addresses as unknown as Record<string, string>)[input];
          edit(address, text);
        }
        const rows = compared();
        for (const [address, a, b] of rows) {
          if (address === checkAddress(native)) continue;
          // Numbers to 9 decimals: the charges' sum is added up in another order than the engine's.
          const same = typeof a === "number" ? expect.closeTo(a, 9) : a;
          expect([address, b]).toEqual([address, same]);
        }
        const ok = LABELS[language].checkOk;
        const inputCheck = host.value(checkAddress(gpu), gpuSheet);
        if (expected === "ok") expect(check()).toBe(ok);
        else if (expected === "input") {
          expect(check()).toBe(inputCheck); // the template's own words for the input
          expect(check()).not.toBe(ok);
        } else {
          expect(inputCheck).toBe(ok); // the inputs are fine: only the native check says more
          expect(check()).toBe(CHECK_MESSAGES[language][expected]);
        }
        if (expected === "ok") {
          const translated = rows.filter(
            ([address]) => !native.untranslated?.includes(address as string)
          );
          expect(translated.every(([, a]) => typeof a === "number" || typeof a === "string")).toBe(
            true
          );
        }
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

  it("writes every formula natively: CHARGES_IN_SERVICE's spilled row cell by cell", () => {
    for (const language of LANGUAGES) {
      const native = buildTemplatePlan({ language, formulas: "native" });
      expect(native.untranslated).toEqual([]);
      for (const cell of native.cells) expect(cell.formula ?? "").not.toMatch(/GPU\./);
    }
  });

  it("reads the years' capital charges as the engine's CHARGES_IN_SERVICE does, at any life and rate", async () => {
    const { gpu, edit, compared } = await bothForms("june2024", "en");
    for (const [life, rate] of [
      ["2", "0"],
      ["3", "0.08"],
      ["1", "0.5"],
      ["7", "0"],
    ]) {
      edit(gpu.addresses.life, life);
      edit(gpu.addresses.rate, rate);
      edit(gpu.addresses.spendGrowth, "0.3");
      for (const [address, a, b] of compared()) {
        if (typeof a === "number") expect([address, b]).toEqual([address, expect.closeTo(a, 9)]);
        else expect([address, b]).toEqual([address, a]);
      }
    }
  });
});

describe("the native plan of cells the translator does not all write natively", () => {
  const cellAt = (plan: TemplatePlan, address: string) =>
    plan.cells.find((cell) => cell.address === address);

  it("leaves a GPU.* formula with no native form as it is, and lists its address", () => {
    const plan = buildTemplatePlan();
    // One argument too many: no native form says the same.
    const odd = { address: "Z1", formula: "=GPU.REQUIRED_REVENUE(50,1,0.5,1,2)" };
    const native = nativeTemplatePlan({ ...plan, cells: [...plan.cells, odd] });
    expect(cellAt(native, "Z1")).toEqual(odd);
    expect(native.untranslated).toEqual(["Z1"]);
  });

  it("writes each cell of the charges' spilled row, also where the plan holds no cell", () => {
    const full = nativeTemplatePlan(buildTemplatePlan());
    const plan = buildTemplatePlan();
    const charges = plan.cells.find((cell) => cell.formula?.includes("CHARGES_IN_SERVICE"))!;
    // The row the charges spill into, from the full plan's native cells.
    const row = full.cells.filter(
      (cell) => rowOf(cell.address) === rowOf(charges.address) && cell.formula !== undefined
    );
    expect(row.length).toBe(8);
    const bare = {
      ...plan,
      cells: plan.cells.filter((cell) => !row.slice(1).some((r) => r.address === cell.address)),
    };
    const native = nativeTemplatePlan(bare);
    for (const { address, formula } of row) expect(cellAt(native, address)?.formula).toBe(formula);
    expect(native.untranslated).toEqual([]);
  });

  it("refuses an input check with no single OK answer, rather than write a check that never says OK", () => {
    const plan = buildTemplatePlan();
    expect(() => checkFormula(plan, '=IF(A1,"x","y")')).toThrow(
      "The template's input check has no single OK answer"
    );
  });
});
