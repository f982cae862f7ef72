/**
 * The preview page (dist-preview/index.html, built by npm run build:preview) is held to the task
 * pane's Content-Security-Policy (src/taskpane/taskpane.html): directive by directive, it may
 * allow nothing the pane does not, and no remote host at all (the pane's one remote origin is
 * Microsoft's, for office.js, which the preview does not load). The comparison is checked on
 * sample policies first, so that an empty list of loosenings means something.
 */
import * as fs from "fs";
import * as path from "path";
import { OFFICE_ORIGIN, isRemote, parseCsp, scanPage } from "./scan";

const ROOT = path.resolve(__dirname, "../..");

/** The directives a page's policy can set, each with the ones it falls back to, in order. */
const FALLBACKS: Record<string, readonly string[]> = {
  "default-src": [],
  "script-src": ["default-src"],
  "script-src-elem": ["script-src", "default-src"],
  "script-src-attr": ["script-src", "default-src"],
  "style-src": ["default-src"],
  "style-src-elem": ["style-src", "default-src"],
  "style-src-attr": ["style-src", "default-src"],
  "img-src": ["default-src"],
  "font-src": ["default-src"],
  "connect-src": ["default-src"],
  "media-src": ["default-src"],
  "object-src": ["default-src"],
  "manifest-src": ["default-src"],
  "child-src": ["default-src"],
  "frame-src": ["child-src", "default-src"],
  "worker-src": ["child-src", "script-src", "default-src"],
  // not fetch directives: no fallback, so a missing one allows anything
  "base-uri": [],
  "form-action": [],
};

/** The sources in force for a directive: its own, else its fallbacks', else anything ("*"). */
function sourcesFor(policy: Map<string, string[]>, directive: string): string[] {
  for (const name of [directive, ...FALLBACKS[directive]]) {
    const sources = policy.get(name);
    if (sources) return sources.filter((s) => s !== "'none'");
  }
  return ["*"];
}

/** A host or scheme source ("*", https://x, https:), data: aside: a way off the page's origin. */
function isHost(source: string): boolean {
  return source !== "data:" && (source === "*" || isRemote(source));
}

/**
 * What `candidate` allows that `reference` does not, as "directive source": every source of the
 * candidate must be one of the reference's, and none may be a remote host or scheme, even one the
 * reference allows (the reference's office.js origin is not the preview's to use).
 */
function loosenings(candidate: string, reference: string): string[] {
  const mine = parseCsp(candidate);
  const theirs = parseCsp(reference);
  const found: string[] = [];
  for (const directive of Object.keys(FALLBACKS)) {
    const allowed = sourcesFor(theirs, directive).filter((s) => !isHost(s));
    for (const source of sourcesFor(mine, directive)) {
      if (isHost(source) || !allowed.includes(source)) found.push(`${directive} ${source}`);
    }
  }
  return found;
}

function cspOf(file: string): { csp: string[]; cspBeforeScripts: boolean } {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run "npm run build:preview"`);
  return scanPage(fs.readFileSync(full, "utf8"));
}

const pane = cspOf("src/taskpane/taskpane.html").csp[0];

describe("the comparison finds what it looks for", () => {
  const previewLike = pane
    .replace(/ https:\/\/appsforoffice\.microsoft\.com/g, "")
    .replace("frame-src;", "frame-src 'none';");

  it("finds nothing in the pane's own policy without office.js", () => {
    expect(previewLike).toContain("connect-src 'self'");
    expect(loosenings(previewLike, pane)).toEqual([]);
  });

  it("finds connect-src *, a remote host, a scheme, a missing directive, and office.js's origin", () => {
    expect(loosenings(previewLike.replace("connect-src 'self'", "connect-src *"), pane)).toEqual([
      "connect-src *",
    ]);
    expect(
      loosenings(
        previewLike.replace("connect-src 'self'", "connect-src 'self' https://api.example.com"),
        pane
      )
    ).toEqual(["connect-src https://api.example.com"]);
    expect(
      loosenings(previewLike.replace("img-src 'self' data:", "img-src 'self' https:"), pane)
    ).toEqual(["img-src https:"]);
    expect(loosenings(previewLike.replace("base-uri 'none';", ""), pane)).toEqual(["base-uri *"]);
    expect(loosenings(previewLike.replace("connect-src 'self';", ""), pane)).toEqual([]); // falls back to default-src 'self'
    expect(
      loosenings(
        previewLike
          .replace("default-src 'self'", "default-src *")
          .replace("connect-src 'self';", ""),
        pane
      )
    ).toEqual(["default-src *", "connect-src *", "media-src *", "manifest-src *", "child-src *"]);
    expect(loosenings(pane, pane)).toEqual([
      `script-src ${OFFICE_ORIGIN}`,
      `script-src-elem ${OFFICE_ORIGIN}`,
      `script-src-attr ${OFFICE_ORIGIN}`,
      `frame-src ${OFFICE_ORIGIN}`,
      `worker-src ${OFFICE_ORIGIN}`,
    ]);
    expect(
      loosenings(previewLike.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), pane)
    ).toEqual([
      "style-src 'unsafe-inline'",
      "style-src-elem 'unsafe-inline'",
      "style-src-attr 'unsafe-inline'",
    ]);
  });
});

describe("the built preview page's Content-Security-Policy", () => {
  const preview = cspOf("dist-preview/index.html");

  it("is one meta tag, ahead of every script", () => {
    expect(preview.csp).toHaveLength(1);
    expect(preview.cspBeforeScripts).toBe(true);
  });

  it("allows nothing the task pane's does not, and no remote host", () => {
    expect(loosenings(preview.csp[0], pane)).toEqual([]);
  });

  it("connects to its own origin only, and shuts plugins, <base>, forms and frames", () => {
    const policy = parseCsp(preview.csp[0]);
    expect(sourcesFor(policy, "connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("frame-src")).toEqual(["'none'"]);
  });
});
