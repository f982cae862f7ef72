/**
 * The built preview (dist-preview/, built by npm test's pretest: npm run build:preview): a page
 * that needs no office.js and no network, with HyperFormula and the GPU.* plugin bundled in.
 * (That HyperFormula is in no file of the add-in's dist/ is checked in test/security/built.test.ts.)
 */
import * as fs from "fs";
import * as path from "path";

const DIST_PREVIEW = path.resolve(__dirname, "../../dist-preview");
const read = (file: string) => {
  const full = path.join(DIST_PREVIEW, file);
  if (!fs.existsSync(full)) {
    throw new Error(
      `${full} is missing: run "npm run build:preview" (npm test does it in pretest)`
    );
  }
  return fs.readFileSync(full, "utf8");
};

describe("the built preview", () => {
  it("is one page that loads its own script and styles, and no office.js", () => {
    const html = read("index.html");
    expect(html).toMatch(/<script[^>]+src="?preview\.js"?/);
    expect(html).toMatch(/<link[^>]+href="?preview\.css"?/);
    expect(html).not.toMatch(/office\.js|appsforoffice/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/id="?workbook"?/);
    expect(html).toMatch(/id="?taskpane"?/);
  });

  it("forbids scripts and connections from anywhere but itself (Content-Security-Policy)", () => {
    const html = read("index.html");
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("bundles HyperFormula (GPL v3) with the GPU.* functions and the task pane", () => {
    // The grid paints from preview.js; HyperFormula and the pane arrive as later chunks.
    const chunks = fs.readdirSync(DIST_PREVIEW).filter((file) => file.endsWith(".js"));
    expect(chunks).toEqual(expect.arrayContaining(["preview.js", "engine.js", "hyperformula.js"]));
    expect(read("preview.js")).not.toContain("gpl-v3");
    const js = chunks.map(read).join("\n");
    for (const name of ["GPU.REQUIRED_REVENUE", "GPU.ARTICLE_TABLE", "GPU.GAP"]) {
      expect(js).toContain(name);
    }
    expect(js).toContain("gpl-v3");
    expect(js).toContain("insert-template");
    expect(js).not.toMatch(/Office\.onReady/);
    // Its licence travels with it, linked from the page.
    expect(read("licenses/hyperformula.txt")).toMatch(/GNU General Public License version 3/);
    expect(read("index.html")).toMatch(/href="?licenses\/hyperformula\.txt"?/);
  });

  it("ships the task pane's styles with its own", () => {
    const css = read("preview.css");
    expect(css).toContain(".gpu-pane");
    expect(css).toContain(".grid");
  });
});
