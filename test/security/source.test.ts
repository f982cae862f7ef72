/**
 * Our own code never runs text as code and never builds HTML from text: no eval, no
 * new Function, no string timers, no innerHTML/outerHTML/insertAdjacentHTML, no document.write,
 * anywhere under src/ (bundled vendor code such as office.js is not ours and is not scanned).
 * The scanners themselves are checked on samples first, so that a clean result means something.
 */
import * as fs from "fs";
import * as path from "path";
import { OFFICE_JS, allows, filesUnder, parseCsp, scanPage, scanSource } from "./scan";

const SRC = path.resolve(__dirname, "../../src");

describe("the scanners find what they look for", () => {
  it("finds eval, Function, string timers, HTML sinks and document.write in a sample", () => {
    const sample = [
      "const a = eval('1');",
      "const f = new Function('return 1');",
      "const g = Function('return 2');",
      "window.setTimeout('alert(1)', 10);",
      "element.innerHTML = text;",
      "element['outerHTML'] = text;",
      "element.insertAdjacentHTML('beforeend', text);",
      "document.write(text);",
      "range.createContextualFragment(text);",
      "// a comment saying innerHTML and eval( is fine",
      "const s = 'innerHTML and eval( in a string is fine';",
      "element.textContent = text; setTimeout(() => run(), 10);",
    ].join("\n");
    expect(scanSource("sample.ts", sample).map((f) => `${f.line}: ${f.what}`)).toEqual([
      "1: eval(...)",
      "2: new Function(...)",
      "3: Function(...)",
      "4: setTimeout with a string",
      "5: innerHTML",
      "6: outerHTML",
      "7: insertAdjacentHTML",
      "8: document.write(...)",
      "9: createContextualFragment",
    ]);
  });

  it("finds remote and inline scripts, handlers and javascript: URLs in a sample page", () => {
    const scan = scanPage(
      `<!doctype html><html><head><script src="https://cdn.example.com/x.js"></script>` +
        `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">` +
        `<script>alert(1)</script></head><body onload="go()"><a href="javascript:go()">x</a>` +
        `<img src=x.png onerror=go()></body></html>`
    );
    expect(scan.scripts.map((s) => s.src)).toEqual(["https://cdn.example.com/x.js", null]);
    expect(scan.scripts[1].inline).toBe("alert(1)");
    expect(scan.eventHandlers).toEqual(["body[onload]", "img[onerror]"]);
    expect(scan.scriptUrls).toEqual(["a[href]"]);
    expect(scan.cspBeforeScripts).toBe(false);
  });

  it("reads a policy's sources", () => {
    const csp = parseCsp(`default-src 'self'; script-src 'self' ${new URL(OFFICE_JS).origin}`);
    expect(allows(csp.get("script-src") ?? [], OFFICE_JS)).toBe(true);
    expect(allows(csp.get("script-src") ?? [], "taskpane.js")).toBe(true);
    expect(allows(csp.get("script-src") ?? [], "https://evil.example/office.js")).toBe(false);
    expect(allows(["https://appsforoffice.microsoft.com"], "taskpane.js")).toBe(false);
  });
});

describe("our sources under src/", () => {
  const files = filesUnder(SRC, /\.(ts|tsx|js|mjs)$/);

  it("are there to scan", () => {
    expect(files.map((f) => path.relative(SRC, f))).toEqual(
      expect.arrayContaining([
        path.join("functions", "functions.ts"),
        path.join("engine", "payback.ts"),
      ])
    );
  });

  it("never run text as code nor build HTML from text", () => {
    const findings = files.flatMap((file) =>
      scanSource(path.relative(SRC, file), fs.readFileSync(file, "utf8")).map(
        (f) => `${f.file}:${f.line}: ${f.what}`
      )
    );
    expect(findings).toEqual([]);
  });

  it("pages under src/ carry no inline script or inline event handler", () => {
    for (const file of filesUnder(SRC, /\.html$/)) {
      const scan = scanPage(fs.readFileSync(file, "utf8"));
      expect({
        file: path.relative(SRC, file),
        handlers: scan.eventHandlers,
        urls: scan.scriptUrls,
      }).toEqual({
        file: path.relative(SRC, file),
        handlers: [],
        urls: [],
      });
      expect(scan.scripts.filter((s) => s.inline.trim() !== "")).toEqual([]);
    }
  });
});
