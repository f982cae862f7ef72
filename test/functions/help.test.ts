/**
 * @jest-environment jsdom
 *
 * The help page the add-in serves (dist/help.html, copied and minified by the build from
 * src/help/help.html): an anchor per function that its helpUrl lands on, the syntax as
 * functions.json declares it, the arguments, examples whose results the built bundle really gives,
 * the errors; and nothing a Content-Security-Policy would block (inline script, inline handlers,
 * inline styles, remote resources).
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG } from "../../src/engine";
import { PANE_TEXT } from "../../src/taskpane/paneText";
import { DIST, loadFunctionsBundle } from "../support/functionsBundle";

const ROOT = path.resolve(__dirname, "../..");
const bundle = loadFunctionsBundle();
const functions = bundle.metadata.functions;

function parse(file: string): Document {
  return new DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "text/html");
}
const served = parse(path.join(DIST, "help.html"));
const source = parse(path.join(ROOT, "src/help/help.html"));

const text = (node: Element | null): string =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/** The h3 sections of a function's help: "Syntax" → the elements up to the next h3. */
function parts(section: Element): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  let current: Element[] | null = null;
  for (const child of Array.from(section.children)) {
    if (child.tagName === "H3") {
      current = [];
      map.set(text(child), current);
    } else if (current) {
      current.push(child);
    }
  }
  return map;
}

// A small evaluator for the help's example formulas, so that each example is checked against the
// built bundle. Ranges refer to the article's table spilled in A1:C13 by =GPU.ARTICLE_TABLE().
const articleTable = () => bundle.call("ARTICLE_TABLE") as unknown[][];
const RANGES: Record<string, () => unknown[][]> = {
  "A1:C13": articleTable,
  "A1#": articleTable,
  "B2:B13": () =>
    articleTable()
      .slice(1)
      .map((row) => [row[1]]),
};

function evaluate(formula: string): unknown {
  let at = 0;
  const peek = () => formula[at];
  const skip = () => {
    while (peek() === " ") at++;
  };
  const expression = (): unknown => {
    skip();
    const call = /^GPU\.([A-Z_]+)\(/.exec(formula.slice(at));
    if (call) {
      at += call[0].length;
      const args: unknown[] = [];
      skip();
      while (peek() !== ")") {
        args.push(expression());
        skip();
        if (peek() === ",") at++;
        skip();
      }
      at++;
      return bundle.call(call[1], ...args);
    }
    if (peek() === "{") {
      // an array constant: {1,2,3} is a row, {1;2;3} a column
      at++;
      const rows: unknown[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(expression());
        const separator = formula[at++];
        if (separator === "}") return rows;
        if (separator === ";") rows.push([]);
        else if (separator !== ",") throw new Error(`cannot read the array in ${formula}`);
      }
    }
    const range = /^[A-Z]+\d+(:[A-Z]+\d+|#)/.exec(formula.slice(at));
    if (range) {
      at += range[0].length;
      const cells = RANGES[range[0]];
      if (!cells) throw new Error(`the example uses ${range[0]}, which this test does not know`);
      return cells();
    }
    const number = /^-?\d+(\.\d+)?(E[+-]?\d+)?%?/i.exec(formula.slice(at));
    if (number) {
      at += number[0].length;
      const value = Number(number[0].replace("%", ""));
      return number[0].endsWith("%") ? value / 100 : value;
    }
    throw new Error(`cannot read "${formula.slice(at)}" in ${formula}`);
  };
  if (!formula.startsWith("=")) throw new Error(`${formula} is not a formula`);
  at = 1;
  const value = expression();
  skip();
  if (at !== formula.length) throw new Error(`unexpected "${formula.slice(at)}" in ${formula}`);
  return value;
}

describe("dist/help.html", () => {
  it("is src/help/help.html with the catalog's reference filled in: one section per function", () => {
    const ids = (doc: Document) => Array.from(doc.querySelectorAll("[id]")).map((e) => e.id);
    const functionIds = CATALOG.map((spec) => spec.id.toLowerCase());
    expect(ids(served)).toEqual([...functionIds, ...ids(source)]);
    for (const id of ids(source)) {
      expect(text(served.getElementById(id))).toBe(text(source.getElementById(id)));
    }
    expect(fs.readFileSync(path.join(DIST, "help.html"), "utf8")).not.toContain("catalog:");
  });

  it("has a title, a language and a stylesheet served beside it", () => {
    expect(served.documentElement.getAttribute("lang")).toBe("en");
    expect(served.title).toMatch(/GPU Payback/);
    const sheets = Array.from(served.querySelectorAll('link[rel="stylesheet"]')).map((l) =>
      l.getAttribute("href")
    );
    expect(sheets).toEqual(["help.css"]);
    expect(fs.existsSync(path.join(DIST, "help.css"))).toBe(true);
    expect(fs.readFileSync(path.join(DIST, "help.css"), "utf8")).toMatch(/body\s*\{/);
  });

  it.each([
    ["served", served],
    ["source", source],
  ])("(%s) has no script, inline handler, inline style or remote resource", (_, doc) => {
    expect(doc.querySelectorAll("script, style, iframe, object, embed, base").length).toBe(0);
    for (const element of Array.from(doc.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(`${element.tagName} ${attribute.name}`).not.toMatch(/ (on\w+|style)$/i);
        expect(attribute.value).not.toMatch(/^\s*javascript:/i);
      }
      const loads =
        element.tagName === "A"
          ? null
          : (element.getAttribute("src") ?? element.getAttribute("href"));
      if (loads !== null) expect(loads).not.toMatch(/^([a-z]+:|\/\/)/i);
    }
    for (const link of Array.from(doc.querySelectorAll("a[href]"))) {
      const href = link.getAttribute("href")!;
      if (href.startsWith("#")) {
        expect(doc.getElementById(href.slice(1))).not.toBeNull();
      } else if (/^help(\.zh-TW)?\.html$/.test(href)) {
        // the page in the other language, beside it in dist/
        expect(fs.existsSync(path.join(DIST, href))).toBe(true);
      } else {
        expect(href).toMatch(/^https:\/\//);
      }
    }
  });

  it("lists every function in its table of contents", () => {
    const toc = Array.from(served.querySelectorAll("nav a")).map((a) => a.getAttribute("href"));
    for (const f of functions) expect(toc).toContain(`#${f.id.toLowerCase()}`);
  });
});

describe.each(functions.map((f) => [f.id, f] as const))("help for GPU.%s", (id, meta) => {
  const section = served.getElementById(id.toLowerCase());
  const sections = section ? parts(section) : new Map<string, Element[]>();

  it("has the anchor its helpUrl points at", () => {
    expect(new URL(meta.helpUrl!).hash).toBe(`#${id.toLowerCase()}`);
    expect(section).not.toBeNull();
    expect(section!.tagName).toBe("SECTION");
    expect(text(section!.querySelector("h2"))).toBe(`GPU.${id}`);
  });

  it("has Syntax, Arguments, Example and Errors", () => {
    expect([...sections.keys()]).toEqual(["Syntax", "Arguments", "Example", "Errors"]);
  });

  it("gives the syntax functions.json declares", () => {
    const params = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    expect(sections.get("Syntax")!.map(text)).toEqual([`=GPU.${id}(${params})`]);
  });

  it("explains every argument", () => {
    const table = sections.get("Arguments")!.find((e) => e.tagName === "TABLE");
    if (meta.parameters.length === 0) {
      expect(table).toBeUndefined();
      expect(sections.get("Arguments")!.map(text)).toEqual(["None."]);
      return;
    }
    const rows = Array.from(table!.querySelectorAll("tbody tr")).map((row) =>
      Array.from(row.querySelectorAll("td")).map((cell) => text(cell))
    );
    expect(rows.map((row) => row[0])).toEqual(meta.parameters.map((p) => p.name));
    meta.parameters.forEach((p, i) => {
      expect(rows[i][1]).toMatch(p.optional ? /^no, default / : /^yes$/);
      expect(rows[i][3].length).toBeGreaterThan(5);
    });
  });

  it("gives examples with the article's numbers, whose results the built bundle gives", () => {
    const examples = sections
      .get("Example")!
      .filter((e) => e.tagName === "TABLE")
      .flatMap((t) => Array.from(t.querySelectorAll("tbody tr")))
      .map((row) => Array.from(row.querySelectorAll("td")).map((cell) => text(cell)));
    expect(examples.length).toBeGreaterThan(0);
    if (id === "ARTICLE_TABLE") {
      const spilled = articleTable();
      expect(examples).toEqual(spilled.slice(1).map((row) => row.map(String)));
      const header = Array.from(section!.querySelectorAll(".examples thead th")).map((th) =>
        text(th)
      );
      expect(header).toEqual(spilled[0]);
      return;
    }
    for (const [formula, result] of examples) {
      expect(formula.startsWith(`=GPU.${id}(`)).toBe(true);
      const value = evaluate(formula);
      if (Array.isArray(value)) {
        // a spilled row or column: the result lists its values
        expect(result.startsWith(`${value.flat().join(", ")}:`)).toBe(true);
        continue;
      }
      const shown = Number(/^-?[\d.]+/.exec(result)![0]);
      expect(value).toBe(shown);
    }
  });

  it("names the errors it can give", () => {
    const errors = sections.get("Errors")!.flatMap((e) => Array.from(e.querySelectorAll("li")));
    expect(errors.length).toBeGreaterThan(0);
    const all = errors.map(text).join(" ");
    if (meta.parameters.length > 0) expect(all).toMatch(/#VALUE!/);
    for (const p of meta.parameters) expect(all).toContain(p.name);
  });
});

describe("the article's headline figures on the page", () => {
  it("shows 200, 600, 125, 37.5% and 18.75", () => {
    const body = text(served.body);
    for (const figure of [
      "=GPU.REQUIRED_REVENUE(50)",
      "200",
      "600",
      "125",
      "37.5%",
      "18.75",
      "Other (not itemised)",
    ]) {
      expect(body).toContain(figure);
    }
  });

  it("quotes the message the bundle really gives for a margin of 50", () => {
    let message = "";
    try {
      bundle.call("REQUIRED_REVENUE", 50, 1, 50);
    } catch (error) {
      message = (error as { message: string }).message;
    }
    expect(message).toBe("margin must be below 100% (0.5 means 50%); got 50");
    expect(text(served.getElementById("required_revenue"))).toContain(`“${message}”`);
  });
});

describe("when GPU.* shows #NAME? or #BUSY!", () => {
  const section = served.getElementById("name-busy");

  it("has its own section, linked from the contents and from the #NAME? error", () => {
    expect(text(section?.querySelector("h2") ?? null)).toBe("When GPU.* shows #NAME? or #BUSY!");
    const links = Array.from(served.querySelectorAll('a[href="#name-busy"]'));
    expect(links.map((a) => a.closest("nav, #errors")?.tagName)).toEqual(["NAV", "SECTION"]);
  });

  it("names the pane's action and section as the pane shows them", () => {
    const body = text(section);
    expect(body).toContain(PANE_TEXT.en.actions["reenter-gpu-formulas"].button);
    expect(body).toContain(PANE_TEXT.en.workbookHeading);
    expect(body).toContain("_xldudf_GPU_");
    expect(body).toMatch(/Nothing else changes: values, formats and other formulas stay/);
  });
});
