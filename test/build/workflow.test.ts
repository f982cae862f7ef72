/**
 * .github/workflows/pages.yml, the one-step host: valid by @action-validator/cli (GitHub's
 * workflow schema), and building for the address it publishes to.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { productionUrl } = require("../../scripts/build/publicUrl.js") as {
  productionUrl(env: Record<string, string>): string;
};

const ROOT = path.resolve(__dirname, "../..");
const WORKFLOW = path.join(ROOT, ".github/workflows/pages.yml");
const VALIDATOR = path.join(ROOT, "node_modules/@action-validator/cli/cli.mjs");
const workflow = fs.readFileSync(WORKFLOW, "utf8");

/** action-validator's verdict on a file: its exit status and what it printed. */
function validate(file: string) {
  const result = spawnSync(process.execPath, [VALIDATOR, file], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the GitHub Pages workflow", () => {
  it("is valid (@action-validator/cli)", () => {
    const result = validate(WORKFLOW);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });

  describe("the validator itself", () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "workflow-"));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it.each<[string, (text: string) => string, RegExp]>([
      ["a job without runs-on", (t) => t.replace(/runs-on:/g, "runs_on:"), /runs-on/],
      [
        "an unknown trigger",
        (t) => t.replace("workflow_dispatch:", "workflow_dispatched:"),
        /workflow_dispatched|on/,
      ],
      [
        "a permission that does not exist",
        (t) => t.replace("pages: write", "pages: admin"),
        /pages|permissions/,
      ],
    ])("refuses %s", (_, change, message) => {
      const changed = change(workflow);
      expect(changed).not.toBe(workflow);
      const file = path.join(dir, "pages.yml");
      fs.writeFileSync(file, changed);
      const result = validate(file);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(message);
    });
  });

  it("builds for the Pages address GitHub gives it, with the package, and publishes dist/", () => {
    expect(workflow).toMatch(/uses: actions\/configure-pages@v\d+/);
    expect(workflow).toMatch(/id: pages\n/);
    expect(workflow).toContain("ADDIN_PUBLIC_URL: ${{ steps.pages.outputs.base_url }}\n");
    expect(workflow).toMatch(/npm ci\n/);
    expect(workflow).toMatch(/npm run build\n\s+npm run package\n/);
    expect(workflow).toMatch(
      /uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/
    );
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
    expect(workflow).toMatch(/pages: write\n\s+id-token: write\n/);
  });

  it("an address as configure-pages gives it (no closing /) becomes the build's folder address", () => {
    expect(productionUrl({ ADDIN_PUBLIC_URL: "https://octo.github.io/gpu-payback" })).toBe(
      "https://octo.github.io/gpu-payback/"
    );
    expect(productionUrl({ ADDIN_PUBLIC_URL: "https://octo.github.io" })).toBe(
      "https://octo.github.io/"
    );
  });
});
