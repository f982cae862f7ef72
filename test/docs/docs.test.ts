/**
 * The documents a reader follows: docs/functions.md is what the catalog gives (npm run docs),
 * the README's functions table names the catalog's functions with their arguments, and every
 * link between README.md and docs/ lands on a file (and, into functions.md, on a heading).
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG, functionSpec } from "../../src/engine";
import { anchor, FUNCTIONS_DOC, functionsMarkdown, signature } from "../../src/help/markdown";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const README = read("README.md");
const DOCS = fs
  .readdirSync(path.join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `docs/${name}`);

describe("docs/functions.md", () => {
  it("is what the catalog gives: regenerating it (npm run docs) changes nothing", () => {
    expect(read(FUNCTIONS_DOC)).toBe(functionsMarkdown());
  });

  it("gives each function its syntax, optional arguments in brackets", () => {
    expect(signature(functionSpec("REQUIRED_REVENUE"))).toBe(
      "GPU.REQUIRED_REVENUE(spend, [energy], [margin], [cloudMargin])"
    );
    expect(signature(functionSpec("ARTICLE_TABLE"))).toBe("GPU.ARTICLE_TABLE()");
    const text = functionsMarkdown();
    for (const spec of CATALOG) expect(text).toContain("```\n=" + signature(spec) + "\n```");
  });

  it("says which arguments are required and what a left-out one takes", () => {
    const text = functionsMarkdown([functionSpec("REQUIRED_REVENUE")]);
    expect(text).toMatch(/^\| `spend` \| yes \|/m);
    expect(text).toMatch(/^\| `energy` \| no, default 1 \|/m);
    expect(text).toMatch(/^\| `margin` \| no, default 50% \|/m);
    expect(text).toMatch(/^\| `cloudMargin` \| no, default 0% \|/m);
    expect(text).not.toContain("## GPU.GAP");
  });

  it("gives each function's native form, or why it has none", () => {
    expect(functionsMarkdown([functionSpec("GAP")])).toContain(
      "Native form, for a sheet without the add-in: `required-SUM(range)`"
    );
    expect(functionsMarkdown([functionSpec("CHARGES_IN_SERVICE")])).toMatch(
      /No native form as one formula: .*LAMBDA/
    );
  });

  it("shows the table ARTICLE_TABLE spills, from the engine: a header and 12 companies", () => {
    const text = functionsMarkdown([functionSpec("ARTICLE_TABLE")]);
    expect(text).toContain("in A1 fills 13 rows × 3 columns");
    expect(text).toMatch(/^\| Company \| AI revenue \(\$B\) \|/m);
    expect(text).toMatch(/^\| OpenAI \| 1 \|/m);
    expect(text).toMatch(/^\| Other \(not itemised\) \| 4 \|/m);
  });

  it("keeps a '|' inside a text from splitting a table's cell", () => {
    const spec = functionSpec("GAP");
    const piped = { ...spec, examples: [{ formula: "=A|B", result: { en: "x|y", "zh-TW": "" } }] };
    expect(functionsMarkdown([piped])).toContain("| `=A\\|B` | x\\|y |");
  });
});

describe("README.md", () => {
  it("stays short: at most 250 lines", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(250);
  });

  it("lists every catalog function once, in the catalog's order, with its arguments and a link", () => {
    const rows = [...README.matchAll(/^\| \[`([^`]+)`\]\(docs\/functions\.md#([^)]+)\) *\|/gm)];
    expect(rows.map((row) => row[1])).toEqual(CATALOG.map(signature));
    expect(rows.map((row) => row[2])).toEqual(CATALOG.map(anchor));
  });
});

/** The relative links of a Markdown text: [text](target), without web addresses. */
function links(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z]+:/.test(target));
}

/** GitHub's anchors of a Markdown text's headings. */
function anchors(text: string): string[] {
  return [...text.matchAll(/^#+ (.+)$/gm)].map((match) =>
    match[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-")
  );
}

describe("links between README.md and docs/", () => {
  it.each(["README.md", ...DOCS])("every link in %s lands on a file and heading", (file) => {
    const text = read(file);
    for (const target of links(text)) {
      const [where, hash] = target.split("#");
      const landing = where === "" ? file : path.posix.join(path.posix.dirname(file), where);
      expect({ target, exists: fs.existsSync(path.join(ROOT, landing)) }).toEqual({
        target,
        exists: true,
      });
      if (hash && landing.endsWith(".md")) {
        expect(anchors(read(landing))).toContain(hash);
      }
    }
  });

  it("the index names every file in docs/", () => {
    const index = read("docs/README.md");
    for (const file of DOCS.filter((name) => name !== "docs/README.md")) {
      expect(index).toContain(`](${path.basename(file)})`);
    }
  });
});
