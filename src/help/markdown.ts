/**
 * docs/functions.md, the functions reference for readers of the repository, written from the
 * function catalog (scripts/docs.js writes it, `npm run docs`; test/docs/functions.test.ts holds
 * the committed file to this). English; the help pages carry both languages.
 */
import { CATALOG, qualifiedName, type FunctionSpec } from "../engine";
import { nativeForm, untranslatableReason } from "../engine/catalog/native";

/** The file's path from the repository's root. */
export const FUNCTIONS_DOC = "docs/functions.md";

/** `GPU.GAP(range, [required])`: the name and its arguments, optional ones in brackets. */
export function signature(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${qualifiedName(spec.id)}(${parameters.join(", ")})`;
}

/** GitHub's anchor for a heading "GPU.GAP": lower case, the dot dropped. */
export function anchor(spec: FunctionSpec): string {
  return qualifiedName(spec.id)
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "");
}

/** A text made safe for one cell of a Markdown table. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(heads: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(heads), line(heads.map(() => "---")), ...rows.map(line)].join("\n");
}

function argumentsTable(spec: FunctionSpec): string {
  if (spec.parameters.length === 0) return "None.";
  return table(
    ["Argument", "Required", "What it is", "Allowed"],
    spec.parameters.map((p) => [
      `\`${p.name}\``,
      p.optional ? `no, default ${p.defaultText ?? "none"}` : "yes",
      p.description.en,
      p.allowed.en,
    ])
  );
}

/** For a function of no arguments that spills (ARTICLE_TABLE): what it fills, from the engine. */
function spilledTable(spec: FunctionSpec): string {
  if (spec.result !== "matrix" || spec.parameters.length > 0) return "";
  const [header, ...rows] = spec.compute() as Array<Array<string | number>>;
  return (
    `\n\n\`${spec.examples[0].formula}\` in A1 fills ${rows.length + 1} rows × ${header.length} columns:\n\n` +
    table(
      header.map(String),
      rows.map((row) => row.map(String))
    )
  );
}

/** What "Make this sheet portable" writes for it (docs/native.md), from the native forms. */
function nativeLine(spec: FunctionSpec): string {
  const form = nativeForm(spec.id);
  if (form) return `Native form, for a sheet without the add-in: \`${form.summary}\``;
  return `No native form as one formula: ${untranslatableReason(spec.id) ?? "none"}.`;
}

function section(spec: FunctionSpec): string {
  return [
    `## ${qualifiedName(spec.id)}`,
    spec.description.en,
    "```\n=" + signature(spec) + "\n```",
    spec.formula ? `The math: ${spec.formula.en}` : "",
    nativeLine(spec),
    argumentsTable(spec),
    `Returns: ${spec.returns.en}`,
    table(
      ["Example", "Result"],
      spec.examples.map((e) => [`\`${e.formula}\``, e.result.en])
    ) + spilledTable(spec),
    "Errors:\n\n" + spec.errors.map((e) => `- ${e.en}`).join("\n"),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

/** The whole of docs/functions.md for these functions. */
export function functionsMarkdown(catalog: readonly FunctionSpec[] = CATALOG): string {
  const contents = catalog.map(
    (spec) => `- [${qualifiedName(spec.id)}](#${anchor(spec)}): \`=${signature(spec)}\``
  );
  return (
    [
      "# The GPU.* functions",
      "<!-- Written from src/engine/catalog by `npm run docs`; edit the catalog, not this file. -->",
      "Money is in $B; a margin is a fraction (50% and 0.5 are the same). An optional argument left " +
        "out takes its default; an argument that refers to an empty cell counts as 0. What the " +
        "functions model and where their figures come from: [model.md](model.md).",
      contents.join("\n"),
      ...catalog.map(section),
    ].join("\n\n") + "\n"
  );
}
