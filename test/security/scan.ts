/**
 * The scanners behind the security tests: what HTML pages load, what a Content-Security-Policy
 * allows, and which dangerous calls TypeScript sources make (read from the syntax tree, so that
 * comments and strings that merely mention them do not count).
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import ts from "typescript";

/** The one remote script the add-in may load: office.js from Microsoft's CDN. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** True for a URL that leaves the add-in's own origin: a scheme (https:, data:, ...) or //host. */
export function isRemote(url: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

export interface PageScan {
  scripts: Array<{ src: string | null; inline: string }>;
  links: Array<{ rel: string; href: string }>;
  /** Every element attribute named on... (onclick, onload, ...), as "tag[attribute]". */
  eventHandlers: string[];
  /** href/src/action/formaction values that run script: javascript: URLs. */
  scriptUrls: string[];
  /** The CSP meta tags' content, in document order. */
  csp: string[];
  /** Whether every CSP meta tag comes before the first script. */
  cspBeforeScripts: boolean;
}

/** Parses a page (scripts are not run) and lists what it loads and runs. */
export function scanPage(html: string): PageScan {
  const { document } = new JSDOM(html).window;
  const all = Array.from(document.querySelectorAll("*"));
  const eventHandlers: string[] = [];
  const scriptUrls: string[] = [];
  for (const element of all) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name))
        eventHandlers.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      if (
        /^(href|src|action|formaction|data|xlink:href)$/i.test(attribute.name) &&
        /^\s*javascript:/i.test(attribute.value)
      )
        scriptUrls.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
    }
  }
  const metas = all.filter(
    (e) =>
      e.tagName === "META" &&
      (e.getAttribute("http-equiv") ?? "").toLowerCase() === "content-security-policy"
  );
  const firstScript = all.findIndex((e) => e.tagName === "SCRIPT");
  return {
    scripts: Array.from(document.querySelectorAll("script")).map((s) => ({
      src: s.getAttribute("src"),
      inline: s.textContent ?? "",
    })),
    links: Array.from(document.querySelectorAll("link")).map((l) => ({
      rel: l.getAttribute("rel") ?? "",
      href: l.getAttribute("href") ?? "",
    })),
    eventHandlers,
    scriptUrls,
    csp: metas.map((m) => m.getAttribute("content") ?? ""),
    cspBeforeScripts: metas.every((m) => firstScript < 0 || all.indexOf(m) < firstScript),
  };
}

/** A policy as a map from directive to its sources: "script-src 'self' x" -> script-src: ['self', x]. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that apply to a fetch directive (its own, or default-src's when it has none). */
export function effectiveSources(csp: Map<string, string[]>, directive: string): string[] {
  return csp.get(directive) ?? csp.get("default-src") ?? ["*"];
}

/** Whether a URL is allowed by a source list (host sources and 'self' only; enough for our policy). */
export function allows(sources: readonly string[], url: string): boolean {
  if (!isRemote(url)) return sources.includes("'self'");
  const { origin } = new URL(url);
  return sources.some((source) => source === "*" || source.replace(/\/$/, "") === origin);
}

/** A dangerous construct found in a source file. */
export interface Finding {
  file: string;
  line: number;
  what: string;
}

const HTML_SINKS = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "createContextualFragment",
  "srcdoc",
]);

/**
 * eval, new Function / Function(), string timers, HTML sinks (innerHTML, outerHTML,
 * insertAdjacentHTML, createContextualFragment, srcdoc) and document.write/writeln in one source.
 */
export function scanSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string) =>
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      what,
    });
  const nameOf = (node: ts.Node): string | undefined => {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
      return node.argumentExpression.text;
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = nameOf(callee);
      if (name === "eval") report(node, "eval(...)");
      if (name === "Function" && (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)))
        report(node, ts.isNewExpression(node) ? "new Function(...)" : "Function(...)");
      if (
        (name === "setTimeout" || name === "setInterval") &&
        node.arguments &&
        node.arguments.length > 0 &&
        (ts.isStringLiteralLike(node.arguments[0]) || ts.isTemplateExpression(node.arguments[0]))
      )
        report(node, `${name} with a string`);
      if (
        (name === "write" || name === "writeln") &&
        (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) &&
        nameOf(callee.expression) === "document"
      )
        report(node, `document.${name}(...)`);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = nameOf(node);
      if (name && HTML_SINKS.has(name)) report(node, name);
    }
    if (ts.isJsxAttribute(node) && node.name.getText(source) === "dangerouslySetInnerHTML")
      report(node, "dangerouslySetInnerHTML");
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Every file under dir (recursively) whose name matches. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}
