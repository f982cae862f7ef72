/**
 * The help page's function reference, written from the function catalog at build time
 * (webpack.config.js fills the markers in src/help/help.html with it). Plain string building with
 * every text escaped: it runs in the build, never in a page.
 */
import { CATALOG, qualifiedName, type FunctionSpec, type Language } from "../engine";

export { helpPageFile } from "./pages";

/** Where the reference goes in src/help/help.html. */
export const MARKERS = {
  contents: "<!-- catalog:contents -->",
  reference: "<!-- catalog:reference -->",
} as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes a sentence and sets formulas and error codes in it as code. */
function prose(text: string): string {
  return escapeHtml(text).replace(
    /(=GPU\.[A-Z_]+\([^)]*(?:\([^)]*\))?[^)]*\)|#(?:VALUE!|NUM!|N\/A|DIV\/0!|SPILL!|NAME\?|REF!|NULL!))/g,
    "<code>$1</code>"
  );
}

/** The reference's own words in each language the help page is written in. */
const WORDS = {
  en: {
    none: "None.",
    optional: (value: string) => `no, default ${value}`,
    required: "yes",
    argumentHeads: ["Argument", "Required", "What it is", "Allowed"],
    syntax: "Syntax",
    arguments: "Arguments",
    example: "Example",
    errors: "Errors",
    formula: "Formula",
    result: "Result",
    fills: (formula: string, rows: number, columns: number) =>
      `${formula} in A1 fills ${rows} rows × ${columns} columns:`,
  },
  "zh-TW": {
    none: "無。",
    optional: (value: string) => `否，預設 ${value}`,
    required: "是",
    argumentHeads: ["引數", "必填", "說明", "允許的值"],
    syntax: "語法",
    arguments: "引數",
    example: "範例",
    errors: "錯誤",
    formula: "公式",
    result: "結果",
    fills: (formula: string, rows: number, columns: number) =>
      `在 A1 輸入 ${formula}，會填滿 ${rows} 列 × ${columns} 欄：`,
  },
} as const satisfies Record<Language, unknown>;

function syntax(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${qualifiedName(spec.id)}(${parameters.join(", ")})`;
}

function argumentsTable(spec: FunctionSpec, language: Language): string {
  const words = WORDS[language];
  if (spec.parameters.length === 0) return `<p>${words.none}</p>`;
  const rows = spec.parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td>` +
      `<td>${p.optional ? escapeHtml(words.optional(p.defaultText ?? "")) : words.required}</td>` +
      `<td>${prose(p.description[language])}</td><td>${prose(p.allowed[language])}</td></tr>`
  );
  const heads = words.argumentHeads.map((head) => `<th>${head}</th>`).join("");
  return `<table><thead><tr>${heads}</tr></thead>` + `<tbody>${rows.join("")}</tbody></table>`;
}

function examplesTable(spec: FunctionSpec, language: Language): string {
  const words = WORDS[language];
  if (spec.result === "matrix" && spec.parameters.length === 0) {
    const [header, ...rows] = spec.compute() as Array<Array<string | number>>;
    const cell = (value: string | number) =>
      typeof value === "number"
        ? `<td class="number">${value}</td>`
        : `<td>${escapeHtml(value)}</td>`;
    return (
      `<p>${words.fills(`<code>${escapeHtml(spec.examples[0].formula)}</code>`, rows.length + 1, header.length)}</p>` +
      `<table class="examples"><thead><tr>${header.map((h) => `<th>${escapeHtml(String(h))}</th>`).join("")}</tr></thead>` +
      `<tbody>${rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("")}</tbody></table>`
    );
  }
  const rows = spec.examples.map(
    (e) =>
      `<tr><td><code>${escapeHtml(e.formula)}</code></td><td>${prose(e.result[language])}</td></tr>`
  );
  return (
    `<table class="examples"><thead><tr><th>${words.formula}</th><th>${words.result}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function section(spec: FunctionSpec, language: Language): string {
  const words = WORDS[language];
  const errors = spec.errors.map((e) => `<li>${prose(e[language])}</li>`).join("");
  return [
    `<section id="${spec.id.toLowerCase()}">`,
    `<h2>${qualifiedName(spec.id)}</h2>`,
    `<p>${prose(spec.description[language])}</p>`,
    spec.formula ? `<p class="formula">${escapeHtml(spec.formula[language])}</p>` : "",
    `<h3>${words.syntax}</h3><pre><code>${escapeHtml(syntax(spec))}</code></pre>`,
    `<h3>${words.arguments}</h3>${argumentsTable(spec, language)}`,
    `<h3>${words.example}</h3>${examplesTable(spec, language)}`,
    `<h3>${words.errors}</h3><ul class="errors">${errors}</ul>`,
    "</section>",
  ].join("\n");
}

/** The contents entries and the sections of every catalog function. */
export function renderReference(
  catalog: readonly FunctionSpec[] = CATALOG,
  language: Language = "en"
): {
  contents: string;
  reference: string;
} {
  return {
    contents: catalog
      .map((spec) => `<li><a href="#${spec.id.toLowerCase()}">${qualifiedName(spec.id)}</a></li>`)
      .join("\n"),
    reference: catalog.map((spec) => section(spec, language)).join("\n"),
  };
}

/** The help page with the markers replaced, in the page's language; fails when a marker is missing. */
export function fillHelpPage(
  page: string,
  catalog: readonly FunctionSpec[] = CATALOG,
  language: Language = "en"
): string {
  const { contents, reference } = renderReference(catalog, language);
  for (const marker of Object.values(MARKERS)) {
    if (!page.includes(marker)) throw new Error(`help.html lacks the marker ${marker}`);
  }
  // Functions as replacements: a "$'" in a text is never read as a replacement pattern.
  return page.replace(MARKERS.contents, () => contents).replace(MARKERS.reference, () => reference);
}
