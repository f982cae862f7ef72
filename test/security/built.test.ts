/**
 * Security of what ships, read from the production build (npm run build; npm test builds first):
 * the pages load only their own scripts and office.js from Microsoft's CDN, the task pane's
 * Content-Security-Policy allows nothing else, no page runs inline script, the manifest asks
 * for ReadWriteDocument only over https, and HyperFormula (GPL) is nowhere in dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import {
  OFFICE_JS,
  OFFICE_ORIGIN,
  allows,
  effectiveSources,
  filesUnder,
  isRemote,
  parseCsp,
  scanPage,
} from "./scan";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  return fs.readFileSync(file, "utf8");
}

const pages = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".html")) : [];
const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

describe("the build is there to check", () => {
  it("has the task pane page and both bundles", () => {
    expect(pages).toContain("taskpane.html");
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });
});

describe.each(pages)("dist/%s", (page) => {
  const scan = scanPage(distFile(page));

  it("loads scripts only from the add-in itself or office.js from Microsoft's CDN", () => {
    for (const script of scan.scripts) {
      expect(script.src).not.toBeNull();
      const src = script.src as string;
      if (isRemote(src)) {
        expect(src).toBe(OFFICE_JS);
      } else {
        expect(fs.existsSync(path.join(DIST, src.split(/[?#]/)[0]))).toBe(true);
      }
    }
  });

  it("has no inline script, no inline event handler and no javascript: URL", () => {
    expect(scan.scripts.filter((s) => s.inline.trim() !== "")).toEqual([]);
    expect(scan.eventHandlers).toEqual([]);
    expect(scan.scriptUrls).toEqual([]);
  });

  it("links no remote stylesheet, icon or other resource", () => {
    for (const link of scan.links) {
      expect(isRemote(link.href)).toBe(false);
      expect(fs.existsSync(path.join(DIST, link.href.split(/[?#]/)[0]))).toBe(true);
    }
  });

  it("has a Content-Security-Policy before its first script if it runs any script", () => {
    if (scan.scripts.length === 0) return;
    expect(scan.csp).toHaveLength(1);
    expect(scan.cspBeforeScripts).toBe(true);
    const csp = parseCsp(scan.csp[0]);
    for (const script of scan.scripts)
      expect(allows(effectiveSources(csp, "script-src"), script.src as string)).toBe(true);
    for (const link of scan.links.filter((l) => /stylesheet/i.test(l.rel)))
      expect(allows(effectiveSources(csp, "style-src"), link.href)).toBe(true);
  });
});

describe("the task pane's Content-Security-Policy", () => {
  const scan = scanPage(distFile("taskpane.html"));
  const csp = parseCsp(scan.csp[0] ?? "");

  it("is a single meta tag in the built page, ahead of every script, and the page loads office.js once", () => {
    expect(scan.csp).toHaveLength(1);
    expect(scan.cspBeforeScripts).toBe(true);
    expect(scan.scripts.filter((s) => s.src === OFFICE_JS)).toHaveLength(1);
  });

  it("lets scripts come only from the add-in and office.js's CDN, without eval or inline code", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect([...(csp.get("script-src") ?? [])].sort()).toEqual(["'self'", OFFICE_ORIGIN].sort());
    const script = effectiveSources(csp, "script-src").join(" ");
    expect(script).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|\*|data:|blob:|http:|'nonce-|'sha/
    );
    expect(allows(effectiveSources(csp, "script-src"), OFFICE_JS)).toBe(true);
    expect(allows(effectiveSources(csp, "script-src"), "https://cdn.example.com/lib.js")).toBe(
      false
    );
  });

  it("shuts plugins, <base>, form posts and every remote host except Office's", () => {
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
    expect(effectiveSources(csp, "connect-src")).toEqual(["'self'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources.filter((s) => !s.startsWith("'") && s !== "data:")) {
        expect(`${directive} ${source}`).toBe(`${directive} ${OFFICE_ORIGIN}`);
      }
    }
    // office.js frames its own error page (AgaveErrorUX) from its CDN in Excel on the web
    expect(effectiveSources(csp, "frame-src")).toEqual([OFFICE_ORIGIN]);
    expect(effectiveSources(csp, "style-src")).not.toContain("'unsafe-inline'");
  });
});

describe("the built bundles", () => {
  it.each(bundles)("dist/%s loads no other script and builds none from text", (bundle) => {
    const code = distFile(bundle);
    expect(code).not.toMatch(/createElement\(\s*["']script["']\s*\)/);
    expect(code).not.toMatch(/\bimportScripts\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/document\.write/);
    const urls = code.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`)<>\\]+/gi) ?? [];
    for (const url of urls) {
      if (/^http:\/\/www\.w3\.org\//.test(url)) continue; // XML namespace names (SVG), never fetched
      expect(url).toMatch(/^https:\/\//);
      if (/\.m?js([?#]|$)/.test(url)) expect(url).toBe(OFFICE_JS);
    }
  });

  it("HyperFormula (GPL) is in no file of dist/", () => {
    const files = filesUnder(DIST, /\.(js|html|json|css|xml|txt|map)$/);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      expect(`${path.relative(DIST, file)}: ${/hyperformula|gpl-v3/i.test(text)}`).toBe(
        `${path.relative(DIST, file)}: false`
      );
    }
  });
});

describe.each(["dist/manifest.xml", "manifest.xml"])("%s", (file) => {
  const xml = fs.readFileSync(path.join(ROOT, file), "utf8");
  const document = new DOMParser().parseFromString(xml, "text/xml");

  it("asks for ReadWriteDocument and nothing more", () => {
    const permissions = Array.from(document.getElementsByTagName("Permissions"));
    expect(permissions.map((p) => p.textContent?.trim())).toEqual(["ReadWriteDocument"]);
  });

  it("uses https for every URL (namespace names aside)", () => {
    const urls: string[] = [];
    const visit = (node: Node): void => {
      if (node.nodeType === 1) {
        const element = node as Element;
        for (const attribute of Array.from(element.attributes)) {
          if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
          if (/:\/\//.test(attribute.value)) urls.push(attribute.value.trim());
        }
      } else if (node.nodeType === 3 && /:\/\//.test(node.nodeValue ?? "")) {
        urls.push((node.nodeValue ?? "").trim());
      }
      for (const child of Array.from(node.childNodes)) visit(child);
    };
    visit(document.documentElement as unknown as Node);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });
});
