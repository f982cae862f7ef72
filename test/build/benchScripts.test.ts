/**
 * npm run bench is not part of CI, so nothing else would notice one of its parts no longer
 * loading (a helper moved or deleted): each scripts/bench/*.js module is required here, as
 * scripts/bench.js requires it, and must give its functions without running anything.
 */
import * as fs from "fs";
import * as path from "path";

const BENCH = path.resolve(__dirname, "../../scripts/bench");
const parts = fs.readdirSync(BENCH).filter((name) => name.endsWith(".js"));

describe("the benchmark's parts", () => {
  it("are there", () => expect(parts.length).toBeGreaterThan(0));

  it.each(parts)("scripts/bench/%s loads and exports its measures", (name) => {
    const part = require(path.join(BENCH, name)) as Record<string, unknown>;
    const exported = Object.values(part).filter((value) => typeof value === "function");
    expect(exported.length).toBeGreaterThan(0);
  });

  it("scripts/bench.js requires only parts that exist", () => {
    const text = fs.readFileSync(path.join(BENCH, "..", "bench.js"), "utf8");
    const required = [...text.matchAll(/require\("(\.[^"]+)"\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const relative of required)
      expect(() => require.resolve(path.join(BENCH, "..", relative))).not.toThrow();
  });
});
