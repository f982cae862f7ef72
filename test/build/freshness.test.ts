/**
 * How the tests' globalSetup tells a stale build: a build is as old as its oldest file (both
 * webpack configs rewrite every file), and stale when any source is newer.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { staleness } = require("../../scripts/build/freshness.js") as {
  staleness(root: string, outDir: string, sources: string[]): string | null;
};

let root: string;
const write = (file: string, secondsAgo: number) => {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, file);
  const time = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(full, time, time);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "freshness-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("staleness", () => {
  it("says a missing or empty build is missing", () => {
    write("src/a.ts", 100);
    expect(staleness(root, "dist", ["src"])).toBe("dist/ is missing");
    fs.mkdirSync(path.join(root, "dist"));
    expect(staleness(root, "dist", ["src"])).toBe("dist/ is missing");
  });

  it("finds nothing stale when every source is older than every built file", () => {
    write("src/a.ts", 100);
    write("src/deep/er/b.ts", 90);
    write("manifest.xml", 80);
    write("dist/functions.js", 50);
    write("dist/assets/icon.png", 40);
    expect(staleness(root, "dist", ["src", "manifest.xml", "no-such-file"])).toBeNull();
  });

  it("names the source that is newer than the build's oldest file, however deep", () => {
    write("src/a.ts", 100);
    write("src/deep/er/b.ts", 10);
    write("dist/functions.js", 50);
    write("dist/assets/icon.png", 5);
    expect(staleness(root, "dist", ["src"])).toBe(
      `${path.join("src", "deep", "er", "b.ts")} is newer than ${path.join("dist", "functions.js")}`
    );
  });

  it("looks at single files as well as folders", () => {
    write("dist/functions.js", 50);
    write("manifest.xml", 20);
    expect(staleness(root, "dist", ["src", "manifest.xml"])).toBe(
      `manifest.xml is newer than ${path.join("dist", "functions.js")}`
    );
    expect(staleness(root, "dist", ["src"])).toBeNull();
  });

  it("counts a source written in the same instant as the build as fresh", () => {
    write("src/a.ts", 30);
    write("dist/functions.js", 30);
    expect(staleness(root, "dist", ["src"])).toBeNull();
  });
});
