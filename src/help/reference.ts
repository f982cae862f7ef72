/**
 * The help page's function reference, written from the function catalog at build time
 * (webpack.config.js fills the markers in src/help/help.html with it). Plain string building with
 * every text escaped: it runs in the build, never in a page.
 */
import { CATALOG, qualifiedName, type FunctionSpec, type Localized } from "../engine";

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

const en = (text: Localized): string => text.en;

function syntax(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${qualifiedName(spec.id)}(${parameters.join(", ")})`;
}

function argumentsTable(spec: FunctionSpec): string {
  if (spec.parameters.length === 0) return "<p>None.</p>";
  const rows = spec.parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td>` +
      `<td>${p.optional ? `no, default ${escapeHtml(p.defaultText ?? "")}` : "yes"}</td>` +
      `<td>${prose(en(p.description))}</td><td>${prose(en(p.allowed))}</td></tr>`
  );
  return (
    "<table><thead><tr><th>Argument</th><th>Required</th><th>What it is</th><th>Allowed</th></tr></thead>" +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function examplesTable(spec: FunctionSpec): string {
  if (spec.result === "matrix" && spec.parameters.length === 0) {
    const [header, ...rows] = spec.compute() as Array<Array<string | number>>;
    const cell = (value: string | number) =>
      typeof value === "number"
        ? `<td class="number">${value}</td>`
        : `<td>${escapeHtml(value)}</td>`;
    return (
      `<p><code>${escapeHtml(spec.examples[0].formula)}</code> in A1 fills ${rows.length + 1} rows × ${header.length} columns:</p>` +
      `<table class="examples"><thead><tr>${header.map((h) => `<th>${escapeHtml(String(h))}</th>`).join("")}</tr></thead>` +
      `<tbody>${rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("")}</tbody></table>`
    );
  }
  const rows = spec.examples.map(
    (e) => `<tr><td><code>${escapeHtml(e.formula)}</code></td><td>${prose(en(e.result))}</td></tr>`
  );
  return (
    '<table class="examples"><thead><tr><th>Formula</th><th>Result</th></tr></thead>' +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function section(spec: FunctionSpec): string {
  const errors = spec.errors.map((e) => `<li>${prose(en(e))}</li>`).join("");
  return [
    `<section id="${spec.id.toLowerCase()}">`,
    `<h2>${qualifiedName(spec.id)}</h2>`,
    `<p>${prose(en(spec.description))}</p>`,
    spec.formula ? `<p class="formula">${escapeHtml(en(spec.formula))}</p>` : "",
    `<h3>Syntax</h3><pre><code>${escapeHtml(syntax(spec))}</code></pre>`,
    `<h3>Arguments</h3>${argumentsTable(spec)}`,
    `<h3>Example</h3>${examplesTable(spec)}`,
    `<h3>Errors</h3><ul class="errors">${errors}</ul>`,
    "</section>",
  ].join("\n");
}

/** The contents entries and the sections of every catalog function. */
export function renderReference(catalog: readonly FunctionSpec[] = CATALOG): {
  contents: string;
  reference: string;
} {
  return {
    contents: catalog
      .map((spec) => `<li><a href="#${spec.id.toLowerCase()}">${qualifiedName(spec.id)}</a></li>`)
      .join("\n"),
    reference: catalog.map(section).join("\n"),
  };
}

/** The help page with the markers replaced; fails when a marker is missing. */
export function fillHelpPage(page: string, catalog: readonly FunctionSpec[] = CATALOG): string {
  const { contents, reference } = renderReference(catalog);
  for (const marker of Object.values(MARKERS)) {
    if (!page.includes(marker)) throw new Error(`help.html lacks the marker ${marker}`);
  }
  // Functions as replacements: a "$'" in a text is never read as a replacement pattern.
  return page.replace(MARKERS.contents, () => contents).replace(MARKERS.reference, () => reference);
}
