/**
 * The command line's arguments: `npm run export -- --preset sept2023|june2024|may2026
 * --language en|zh-TW --formulas native|gpu --out FILE.xlsx [--force]`. Parsing only (no file system), so every
 * refusal is tested; scripts/export.js does the writing.
 */
import { PRESET_IDS, type PresetId } from "../engine";
import { LANGUAGES, type Language } from "../template";
import { FORMULA_FORMS, type FormulaForm } from "../preview/xlsx/exportWorkbook";

export interface ExportCommand {
  readonly preset: PresetId;
  readonly language: Language;
  readonly formulas: FormulaForm;
  readonly out: string;
  readonly force: boolean;
}

export type ParsedArgs =
  | { readonly kind: "export"; readonly command: ExportCommand }
  | { readonly kind: "help"; readonly text: string }
  | { readonly kind: "error"; readonly message: string };

export const USAGE = [
  "Usage: npm run export -- --out FILE.xlsx [--preset sept2023|june2024|may2026]",
  "                         [--language en|zh-TW] [--formulas native|gpu] [--force]",
  "",
  "Writes the GPU Payback template as an Excel workbook, without Excel.",
  "  --out FILE.xlsx    the file to write (required; never overwritten without --force)",
  "  --preset           sept2023 (the article, default), june2024 (the $600B update) or",
  "                     may2026 (today's figures by the essay's method)",
  "  --language         en (default) or zh-TW",
  "  --formulas         native (default: plain Excel formulas that open anywhere) or gpu",
  "                     (the GPU.* functions, which need the GPU Payback add-in)",
  "  --force            overwrite FILE.xlsx if it exists",
].join("\n");

const VALUED = ["--preset", "--language", "--formulas", "--out"] as const;
type Valued = (typeof VALUED)[number];
const FLAGS = ["--force", "--help"] as const;
const CHOICES: Readonly<Record<Exclude<Valued, "--out">, readonly string[]>> = {
  "--preset": PRESET_IDS,
  "--language": LANGUAGES,
  "--formulas": FORMULA_FORMS,
};

const allowedOptions = (): string => [...VALUED, ...FLAGS].join(", ");

/** Reads the arguments after `npm run export --`. */
export function parseExportArgs(args: readonly string[]): ParsedArgs {
  const values: Partial<Record<Valued, string>> = {};
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const [option, inline] = args[i].startsWith("--") ? splitInline(args[i]) : [args[i], undefined];
    if (option === "--help" || option === "-h") return { kind: "help", text: USAGE };
    if (option === "--force" && inline === undefined) {
      force = true;
      continue;
    }
    if (!(VALUED as readonly string[]).includes(option)) {
      return {
        kind: "error",
        message: `Unknown option ${args[i]}. Allowed options: ${allowedOptions()}.`,
      };
    }
    const name = option as Valued;
    const value = inline ?? args[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
      return { kind: "error", message: `${name} needs a value. ${choicesText(name)}` };
    }
    if (values[name] !== undefined) return { kind: "error", message: `${name} is given twice.` };
    if (name !== "--out" && !CHOICES[name].includes(value)) {
      return { kind: "error", message: `${name} ${value} is not allowed. ${choicesText(name)}` };
    }
    values[name] = value;
  }
  const out = values["--out"];
  if (out === undefined)
    return { kind: "error", message: `--out FILE.xlsx is required.\n${USAGE}` };
  if (!/\.xlsx$/i.test(out))
    return { kind: "error", message: `--out ${out}: the file name must end in .xlsx.` };
  return {
    kind: "export",
    command: {
      preset: (values["--preset"] ?? "sept2023") as PresetId,
      language: (values["--language"] ?? "en") as Language,
      formulas: (values["--formulas"] ?? "native") as FormulaForm,
      out,
      force,
    },
  };
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf("=");
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function choicesText(name: Valued): string {
  return name === "--out"
    ? "Give a file name ending in .xlsx."
    : `Allowed values: ${CHOICES[name].join(", ")}.`;
}
