/**
 * Where a build is served from: a production build refuses to run without ADDIN_PUBLIC_URL (it
 * never ships a placeholder address); development builds keep https://localhost:3000/.
 */
const { DEV_URL, TEST_URL, productionUrl, publicUrl, testedUrl } =
  require("../../scripts/build/publicUrl.js") as {
    DEV_URL: string;
    TEST_URL: string;
    productionUrl(env: Record<string, string | undefined>): string;
    publicUrl(mode: string, env: Record<string, string | undefined>): string;
    testedUrl(env: Record<string, string | undefined>): string;
  };
type WebpackConfig = (
  env: Record<string, unknown>,
  options: { mode?: string }
) => Promise<{ plugins: Array<{ constructor: { name: string }; to?: string }> }>;
const webpackConfig = require("../../webpack.config.js") as WebpackConfig;

describe("a production build", () => {
  it.each([{}, { ADDIN_PUBLIC_URL: "" }, { ADDIN_PUBLIC_URL: "   " }])(
    "without ADDIN_PUBLIC_URL (%p) stops with a message naming the variable",
    (env) => {
      expect(() => productionUrl(env)).toThrow(/ADDIN_PUBLIC_URL is not set/);
      expect(() => publicUrl("production", env)).toThrow(/ADDIN_PUBLIC_URL/);
    }
  );

  it.each([
    ["http://gpu.example.com/", /must be an https address/],
    ["gpu.example.com", /is not a URL/],
    ["https://gpu.example.com/?v=1", /plain folder address/],
    ["https://gpu.example.com/#top", /plain folder address/],
    ["https://user:pw@gpu.example.com/", /plain folder address/],
  ])("refuses ADDIN_PUBLIC_URL=%s", (value, message) => {
    expect(() => productionUrl({ ADDIN_PUBLIC_URL: value })).toThrow(message);
  });

  it.each([
    ["https://addins.contoso.com", "https://addins.contoso.com/"],
    ["https://addins.contoso.com/gpu", "https://addins.contoso.com/gpu/"],
    ["https://addins.contoso.com/gpu/", "https://addins.contoso.com/gpu/"],
    [" https://addins.contoso.com/gpu/ ", "https://addins.contoso.com/gpu/"],
  ])("serves ADDIN_PUBLIC_URL=%s from the folder %s", (value, url) => {
    expect(productionUrl({ ADDIN_PUBLIC_URL: value })).toBe(url);
    expect(publicUrl("production", { ADDIN_PUBLIC_URL: value })).toBe(url);
  });

  it("is what webpack.config.js refuses to configure without the variable, and configures with it", async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    try {
      delete process.env.ADDIN_PUBLIC_URL;
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/ADDIN_PUBLIC_URL/);
      await expect(webpackConfig({}, {})).rejects.toThrow(/ADDIN_PUBLIC_URL/);
      process.env.ADDIN_PUBLIC_URL = "https://addins.contoso.com/gpu";
      const config = await webpackConfig({}, { mode: "production" });
      const swap = config.plugins.find((p) => p.constructor.name === "PublicUrlPlugin");
      expect(swap?.to).toBe("https://addins.contoso.com/gpu/");
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});

describe("a development build", () => {
  it("is served from https://localhost:3000/, whatever ADDIN_PUBLIC_URL says", async () => {
    expect(DEV_URL).toBe("https://localhost:3000/");
    expect(publicUrl("development", {})).toBe(DEV_URL);
    expect(publicUrl("development", { ADDIN_PUBLIC_URL: "https://addins.contoso.com/" })).toBe(
      DEV_URL
    );
    const config = await webpackConfig({}, { mode: "development" });
    const swap = config.plugins.find((p) => p.constructor.name === "PublicUrlPlugin");
    expect(swap?.to).toBe(DEV_URL);
  });
});

describe("the tests' build", () => {
  it("uses ADDIN_PUBLIC_URL when set, else https://gpu-payback.test/ (a reserved name that never resolves)", () => {
    expect(TEST_URL).toBe("https://gpu-payback.test/");
    expect(testedUrl({})).toBe(TEST_URL);
    expect(testedUrl({ ADDIN_PUBLIC_URL: "" })).toBe(TEST_URL);
    expect(testedUrl({ ADDIN_PUBLIC_URL: "https://addins.contoso.com/gpu" })).toBe(
      "https://addins.contoso.com/gpu/"
    );
  });
});
