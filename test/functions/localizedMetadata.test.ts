/**
 * Function help in Traditional Chinese: the build writes dist/functions.zh-TW.json from the catalog,
 * and the manifest points Excel at it for Traditional Chinese with bt:Override
 * (docs/excel/custom-functions-naming.md, "Localize"). Checked against the English file the same
 * build ships: the same functions and parameters (ids and names stay ASCII: GPU.GAP in every
 * language, office-js #891, #6614), every text translated.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { CATALOG } from "../../src/engine";
import { languageFor } from "../../src/template";
import { DIST, readMetadata, type FunctionMetadata } from "../support/functionsBundle";

const { DEV_URL, testedUrl } = require("../../scripts/build/publicUrl.js") as {
  DEV_URL: string;
  testedUrl(): string;
};

const ROOT = path.resolve(__dirname, "../..");
const english = readMetadata();
const chinese: { functions: FunctionMetadata[] } = JSON.parse(
  fs.readFileSync(path.join(DIST, "functions.zh-TW.json"), "utf8")
);
const CJK = /[\u4e00-\u9fff]/;
const zhHelp = fs.readFileSync(path.join(DIST, "help.zh-TW.html"), "utf8");
const pairs = english.functions.map((en, i) => [en.id, en, chinese.functions[i]] as const);

describe("dist/functions.zh-TW.json", () => {
  it("declares the same functions, in the same order, as dist/functions.json", () => {
    expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    expect(chinese.functions.length).toBe(CATALOG.length);
  });

  it("has the same settings and keys as the English file, level by level", () => {
    expect(Object.keys(chinese)).toEqual(Object.keys(english));
    for (const [, en, zh] of pairs) {
      expect(Object.keys(zh)).toEqual(Object.keys(en));
      zh.parameters.forEach((p, i) =>
        expect(Object.keys(p)).toEqual(Object.keys(en.parameters[i]))
      );
    }
  });

  it.each(pairs)(
    "%s keeps its ASCII id and name, options and result; help in zh-TW",
    (_, en, zh) => {
      expect(zh.id).toBe(en.id);
      expect(zh.name).toBe(en.id);
      expect(zh.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
      // the same anchor on the Traditional Chinese help page, which has that section
      expect(zh.helpUrl).toBe(en.helpUrl!.replace("/help.html#", "/help.zh-TW.html#"));
      const anchor = zh.helpUrl!.split("#")[1];
      expect(zhHelp).toMatch(new RegExp(`<section id="?${anchor}"?>`)); // the build minifies it
      expect(zh.options).toEqual(en.options);
      expect(zh.result).toEqual(en.result);
    }
  );

  it.each(pairs)(
    "%s keeps each parameter's position, type, optional flag and dimensionality",
    (_, en, zh) => {
      expect(zh.parameters.length).toBe(en.parameters.length);
      zh.parameters.forEach((p, i) => {
        const { name: _n, description: _d, ...shape } = p;
        const { name: _en, description: _ed, ...englishShape } = en.parameters[i];
        expect(shape).toEqual(englishShape);
      });
    }
  );

  it.each(pairs)(
    "%s has its description translated: other than the English, in Chinese",
    (_, en, zh) => {
      expect(zh.description).not.toBe(en.description);
      expect(zh.description).toMatch(CJK);
    }
  );

  it.each(pairs)("%s has every parameter's name and description translated", (_, en, zh) => {
    zh.parameters.forEach((p, i) => {
      expect(p.name).not.toBe(en.parameters[i].name);
      expect(p.name).toMatch(CJK);
      expect(p.description).not.toBe(en.parameters[i].description);
      expect(p.description).toMatch(CJK);
    });
  });

  it("takes its texts from the catalog's zh-TW texts", () => {
    for (const spec of CATALOG) {
      const zh = chinese.functions.find((f) => f.id === spec.id)!;
      expect(zh.description).toBe(spec.description["zh-TW"]);
      expect(zh.parameters.map((p) => [p.name, p.description])).toEqual(
        spec.parameters.map((p) => [p.label["zh-TW"], p.description["zh-TW"]])
      );
    }
  });
});

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
/** The locales the task pane shows in Traditional Chinese, as Office names them (region tags). */
const TRADITIONAL = ["zh-TW", "zh-HK", "zh-MO"];

describe.each([
  { name: "manifest.xml", file: path.join(ROOT, "manifest.xml"), base: DEV_URL },
  { name: "dist/manifest.xml", file: path.join(DIST, "manifest.xml"), base: testedUrl() },
])("$name", ({ file, base }) => {
  const doc = new DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "text/xml");
  const urls = Array.from(doc.getElementsByTagNameNS(BT, "Url") as unknown as ArrayLike<Element>);
  const metadataUrl = urls.find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!;
  const overrides = Array.from(
    metadataUrl.getElementsByTagNameNS(BT, "Override") as unknown as ArrayLike<Element>
  );

  it("keeps functions.json as the metadata for every other language", () => {
    expect(metadataUrl.getAttribute("DefaultValue")).toBe(new URL("functions.json", base).href);
  });

  it("points Excel in Traditional Chinese at functions.zh-TW.json, which the build emits", () => {
    expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(TRADITIONAL);
    for (const override of overrides) {
      expect(override.getAttribute("Value")).toBe(new URL("functions.zh-TW.json", base).href);
    }
    expect(fs.statSync(path.join(DIST, "functions.zh-TW.json")).isFile()).toBe(true);
  });

  it("overrides exactly the locales for which the task pane speaks Traditional Chinese", () => {
    for (const locale of TRADITIONAL)
      expect([locale, languageFor(locale)]).toEqual([locale, "zh-TW"]);
  });
});
