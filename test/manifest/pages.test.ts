/** @jest-environment jsdom */
/**
 * The support, privacy and terms pages a store and an admin ask for: built into dist/, linked
 * from both manifests, in both languages, with their links and their claims checked against the
 * build (what the privacy page says of the task pane's Content-Security-Policy is the page's).
 */
import * as fs from "fs";
import * as path from "path";

const { fillPage } = require("../../scripts/build/pages.js") as {
  fillPage(template: string, env?: Record<string, string>): string;
};
const { ADDIN } = require("../../scripts/build/addin.js") as { ADDIN: { version: string } };
const { testedUrl } = require("../../scripts/build/publicUrl.js") as { testedUrl(): string };

const DIST = path.resolve(__dirname, "../../dist");
const BASE = testedUrl();
const PAGES = ["support.html", "privacy.html", "terms.html"];
const built = (name: string) => fs.readFileSync(path.join(DIST, name), "utf8");
/** A built page as a document (the production build minifies HTML, so it is read, not matched). */
const page = (name: string) => new DOMParser().parseFromString(built(name), "text/html");
const hasId = (name: string, id: string) => page(name).getElementById(id) !== null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json: any = JSON.parse(built("manifest.json"));
const xml = built("manifest.xml");

describe("the pages both manifests link to", () => {
  it("the XML SupportUrl and the JSON websiteUrl: the support page, not the function help", () => {
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}support.html"/>`);
    expect(json.developer.websiteUrl).toBe(`${BASE}support.html`);
  });

  it("the JSON privacyUrl and termsOfUseUrl: the privacy and terms pages", () => {
    expect(json.developer.privacyUrl).toBe(`${BASE}privacy.html`);
    expect(json.developer.termsOfUseUrl).toBe(`${BASE}terms.html`);
  });

  describe.each(PAGES)("%s", (name) => {
    const html = built(name);
    const doc = page(name);

    it("is built, with the add-in's version and no placeholder left", () => {
      expect(html).toContain(`Version ${ADDIN.version}.`);
      expect(html).toContain(`版本 ${ADDIN.version}。`);
      expect(html).not.toMatch(/\{\{|\}\}/);
    });

    it("is in English and in Traditional Chinese", () => {
      expect(doc.documentElement.lang).toBe("en");
      const zh = doc.getElementById("zh-TW")!;
      expect(zh.lang).toBe("zh-Hant-TW");
      expect(zh.textContent).toMatch(/[\u4e00-\u9fff]{6}/);
      expect(doc.querySelector('a[href="#zh-TW"]')).not.toBeNull();
    });

    it("runs no script and links only to pages the build writes (or Microsoft's privacy statement)", () => {
      expect(doc.querySelectorAll("script")).toHaveLength(0);
      const links = Array.from(doc.querySelectorAll("a[href]")).map((a) => a.getAttribute("href")!);
      expect(links.length).toBeGreaterThan(2);
      for (const link of links) {
        if (link.startsWith("#")) {
          expect([link, hasId(name, link.slice(1))]).toEqual([link, true]);
        } else if (/^https:/.test(link)) {
          expect(link).toBe("https://privacy.microsoft.com/privacystatement");
        } else {
          const [file, hash] = link.split("#");
          expect([link, fs.existsSync(path.join(DIST, file))]).toEqual([link, true]);
          if (hash)
            expect([link, new RegExp(`id="?${hash}[\\s">]`).test(built(file))]).toEqual([
              link,
              true,
            ]);
        }
      }
    });
  });

  it("the support page says what the add-in does and does not do, and where to get help", () => {
    for (const id of ["what-it-does", "what-it-does-not", "help"]) {
      expect([id, hasId("support.html", id)]).toEqual([id, true]);
    }
    expect(page("support.html").querySelector('#help a[href="help.html"]')).not.toBeNull();
  });

  it("what the privacy page says of connections is what the task pane's page allows", () => {
    const privacy = page("privacy.html");
    const codes = Array.from(privacy.querySelectorAll("#workbook code")).map((c) => c.textContent);
    expect(codes).toContain("connect-src 'self'");
    const pane = page("taskpane.html");
    const csp = pane
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute("content")!;
    expect(csp.split(";").map((d) => d.trim())).toContain("connect-src 'self'");
    expect(privacy.getElementById("microsoft")!.textContent).toContain(
      "https://appsforoffice.microsoft.com"
    );
    const scripts = Array.from(pane.querySelectorAll("script[src]")).map((e) =>
      e.getAttribute("src")
    );
    expect(scripts).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});

describe("where the support page sends a reader for help", () => {
  const template = "<p>{{contact}}</p><p>{{contact.zh-TW}}</p><p>{{version}}</p>";

  it("ADDIN_SUPPORT_URL, as a link in both languages (the workflow sets the repository's issues)", () => {
    expect(fillPage(template, { ADDIN_SUPPORT_URL: "https://github.com/o/r/issues?q=a&b" })).toBe(
      '<p><a href="https://github.com/o/r/issues?q=a&amp;b">https://github.com/o/r/issues?q=a&amp;b</a>.</p>' +
        '<p><a href="https://github.com/o/r/issues?q=a&amp;b">https://github.com/o/r/issues?q=a&amp;b</a>。</p>' +
        `<p>${ADDIN.version}</p>`
    );
  });

  it("without it, whoever gave them the add-in", () => {
    expect(fillPage(template, {})).toMatch(
      /^<p>ask whoever gave you the add-in: .*<p>請洽提供你此增益集的人/
    );
  });

  it("refuses an http address and a placeholder it does not know", () => {
    expect(() => fillPage(template, { ADDIN_SUPPORT_URL: "http://example.test/" })).toThrow(
      /ADDIN_SUPPORT_URL must be an https address/
    );
    expect(() => fillPage("{{nope}}", {})).toThrow(/\{\{nope\}\}/);
  });
});
