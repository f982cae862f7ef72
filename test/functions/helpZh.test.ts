/**
 * @jest-environment jsdom
 *
 * The help page in Traditional Chinese (dist/help.zh-TW.html, from src/help/help.zh-TW.html and
 * the catalog's zh-TW texts): the same sections and anchors as the English page, its reference
 * written by the generator in Chinese, its prose in Chinese, and a link each way between the two.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG } from "../../src/engine";
import { fillHelpPage, helpPageFile, renderReference } from "../../src/help/reference";
import { DIST } from "../support/functionsBundle";

const parse = (file: string): Document =>
  new DOMParser().parseFromString(fs.readFileSync(path.join(DIST, file), "utf8"), "text/html");
const english = parse("help.html");
const chinese = parse("help.zh-TW.html");
const ids = (doc: Document) => Array.from(doc.querySelectorAll("[id]")).map((e) => e.id);
const HAN = /[\u4e00-\u9fff]/;

describe("the help page generator in zh-TW", () => {
  it("writes each function's headings, argument table and texts in Chinese", () => {
    const { reference } = renderReference(CATALOG, "zh-TW");
    for (const heading of ["<h3>語法</h3>", "<h3>引數</h3>", "<h3>範例</h3>", "<h3>錯誤</h3>"]) {
      expect(reference.split(heading).length - 1).toBe(CATALOG.length);
    }
    expect(reference).toContain("<th>引數</th><th>必填</th><th>說明</th><th>允許的值</th>");
    expect(reference).toContain("否，預設 1"); // energy's default
    for (const spec of CATALOG) {
      expect(reference).toContain(spec.description["zh-TW"].slice(0, 12));
    }
    expect(reference).not.toMatch(/<h3>(Syntax|Arguments|Example|Errors)<\/h3>/);
  });

  it("names the pages help.html and help.zh-TW.html", () => {
    expect([helpPageFile("en"), helpPageFile("zh-TW")]).toEqual(["help.html", "help.zh-TW.html"]);
  });

  it("fails on a page without its markers, in any language", () => {
    expect(() => fillHelpPage("<html></html>", CATALOG, "zh-TW")).toThrow(/marker/);
  });
});

describe("dist/help.zh-TW.html", () => {
  it("has every anchor of the English page (the help URLs land on the same sections)", () => {
    expect(ids(chinese)).toEqual(ids(english));
  });

  it("is marked Traditional Chinese and written in it, headings and prose", () => {
    expect(chinese.documentElement.lang).toBe("zh-Hant-TW");
    const headings = Array.from(chinese.querySelectorAll("main > section > h2")).map(
      (h) => h.textContent ?? ""
    );
    const prose = headings.filter((h) => !h.startsWith("GPU."));
    expect(prose.length).toBe(5);
    for (const h of prose) expect(h).toMatch(HAN);
    const paragraphs = Array.from(chinese.querySelectorAll("main p, main li")).map(
      (p) => p.textContent ?? ""
    );
    const english = paragraphs.filter((p) => p.trim() !== "" && !HAN.test(p));
    // only code-like lines may be without Chinese (a formula, a version number)
    for (const p of english) expect(p).not.toMatch(/\b(the|and|is|of)\b/);
  });

  it("links to the English page, and the English page to it", () => {
    expect(chinese.querySelector('a[href="help.html"]')).not.toBeNull();
    expect(english.querySelector('a[href="help.zh-TW.html"]')).not.toBeNull();
  });
});
