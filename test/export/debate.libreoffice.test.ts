/**
 * The May 2026 preset and "The debate since", exported and recalculated by LibreOffice over
 * poisoned caches (every cached value 999999, a profile that recalculates on load): 300.8 of
 * spend, 1,203.2 required, 1,028.2 of gap, 14.5% covered; Bain's 2,000, J.P. Morgan's life of
 * 15.38 years, Exponential View's 119%, each beside its label or its analysis's name; in both
 * languages, and with Bain's and J.P. Morgan's capex changed in the file. One soffice run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { exportTemplateXlsx } from "../../src/cli/exportTemplate";
import {
  DEBATE_LABELS,
  LABELS,
  buildTemplatePlan,
  type Language,
  type TemplatePlan,
} from "../../src/template";
import {
  CSV_EVERY_SHEET,
  convert,
  csvValue,
  describeWithLibreOffice,
  readCsv,
  recalculatingProfile,
} from "./libreoffice";
import { FIRST_SHEET, POISON, editPart, poisoned, setNumber } from "./poison";

const plans: Record<Language, TemplatePlan> = {
  en: buildTemplatePlan({ preset: "may2026", formulas: "native" }),
  "zh-TW": buildTemplatePlan({ preset: "may2026", language: "zh-TW", formulas: "native" }),
};
const debateRow = (plan: TemplatePlan, id: string) => {
  const row = plan.debate.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
/** The label cell of a value in column B (the model's) or of a debate row (its name in A). */
const labelOf = (address: string) => `A${address.replace(/^[A-Z]+/, "")}`;

describeWithLibreOffice(
  "May 2026 and the debate in LibreOffice (recalculating on load)",
  (soffice) => {
    let dir: string;
    const sheet = (file: string, language: Language) =>
      readCsv(path.join(dir, "out", `${file}-${LABELS[language].sheetName}.csv`));

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "gpu-lo-debate-"));
      const write = (name: string, bytes: Uint8Array): string => {
        const file = path.join(dir, `${name}.xlsx`);
        writeFileSync(file, bytes);
        return file;
      };
      const en = (await exportTemplateXlsx({ preset: "may2026" })).bytes;
      const zh = (await exportTemplateXlsx({ preset: "may2026", language: "zh-TW" })).bytes;
      const bain = debateRow(plans.en, "bain2025");
      const jpm = debateRow(plans.en, "jpMorgan2025");
      const edited = editPart(en, FIRST_SHEET, (xml) =>
        setNumber(setNumber(xml, bain.inputs[0], 600), jpm.inputs[1], 6000)
      );
      const files = [
        write("may-en", poisoned(en)),
        write("may-zh", poisoned(zh)),
        write("edited", poisoned(edited)),
      ];
      await convert(
        soffice,
        recalculatingProfile(path.join(dir, "profile")),
        files,
        CSV_EVERY_SHEET,
        path.join(dir, "out"),
        [
          `may-en-${LABELS.en.sheetName}.csv`,
          `may-zh-${LABELS["zh-TW"].sheetName}.csv`,
          `edited-${LABELS.en.sheetName}.csv`,
        ]
      );
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    describe.each(["en", "zh-TW"] as const)("in %s", (language) => {
      const plan = plans[language];
      const text = LABELS[language];
      const rows = () => sheet(language === "en" ? "may-en" : "may-zh", language);
      const shown = (address: string) => csvValue(rows(), address);

      it("300.8, 1,203.2, 175, 1,028.2 and 14.5% beside their labels, and the title in trillions", () => {
        const a = plan.addresses;
        const expected: Array<[string, string, number, number]> = [
          [a.spend, text.spend, 300.8, 1],
          [a.requiredRevenue, text.requiredRevenue, 1203.2, 1],
          [a.identifiedRevenue, text.identifiedRevenue, 175, 1],
          [a.gap, text.gap, 1028.2, 1],
          [a.coverage, text.coverage, 14.5, 100],
        ];
        for (const [address, label, value, scale] of expected) {
          expect([
            shown(labelOf(address)),
            ((shown(address) as number) * scale).toFixed(1),
          ]).toEqual([label, value.toFixed(1)]);
        }
        expect(shown("A1")).toBe(
          language === "en"
            ? "GPU Payback: AI's $1.2T Question"
            : "GPU 回本試算：AI 的 1.2 兆美元問題"
        );
      });

      it("the debate: Bain 2,000, J.P. Morgan 15.38 years and 650, Exponential View 119%, today 1,203.2", () => {
        const words = DEBATE_LABELS[language].analyses;
        const figure = (
          id: "bain2025" | "jpMorgan2025" | "exponentialView2026" | "today2026",
          key: "reproduced" | "also"
        ) => {
          const row = debateRow(plan, id);
          expect(shown(`A${row.row}`)).toBe(words[id].who);
          return shown(row[key] as string) as number;
        };
        expect(figure("bain2025", "reproduced")).toBe(2000);
        expect(figure("bain2025", "also")).toBe(1200);
        expect(figure("jpMorgan2025", "reproduced").toFixed(2)).toBe("15.38");
        expect(figure("jpMorgan2025", "also")).toBeCloseTo(650, 6);
        expect(Math.round(figure("exponentialView2026", "reproduced") * 100)).toBe(119);
        expect(figure("today2026", "reproduced")).toBeCloseTo(1203.2, 9);
        expect(figure("today2026", "also")).toBeCloseTo(1028.2, 9);
        for (const row of plan.debate) {
          for (const address of [row.reproduced, row.also].filter(
            (a): a is string => a !== undefined
          ))
            expect([address, shown(address)]).not.toEqual([address, Number(POISON)]);
        }
      });
    });

    it("Bain's capex 600 and J.P. Morgan's 6,000 typed in the file: 2,400 and a life of 26.91 years", () => {
      const rows = sheet("edited", "en");
      const bain = debateRow(plans.en, "bain2025");
      const jpm = debateRow(plans.en, "jpMorgan2025");
      expect(csvValue(rows, bain.reproduced as string)).toBe(2400);
      // (1.1)^−n = 1 − 600 ÷ 650: n = ln 13 ÷ ln 1.1 = 26.91.
      expect((csvValue(rows, jpm.reproduced as string) as number).toFixed(2)).toBe(
        (Math.log(13) / Math.log(1.1)).toFixed(2)
      );
      // The May 2026 figures above it are untouched.
      expect(csvValue(rows, plans.en.addresses.requiredRevenue)).toBe(1203.2);
    });
  }
);
