/**
 * npm run package (scripts/package.js): the app package's entries, read back from the zip, and
 * its icons' sizes and pixels, read from the PNGs themselves (IHDR and the inflated rows).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { unzipSync } from "fflate";

const { appPackage, unpackable } = require("../../scripts/package.js") as {
  appPackage(dist?: string): Uint8Array;
  unpackable(dist?: string): string | null;
};
const { icon, outlinePixel } = require("../../scripts/make-icons.js") as {
  icon(size: number, drawing?: (u: number, v: number) => number[]): Buffer;
  outlinePixel(u: number, v: number): number[];
};

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** RGBA of each pixel, row by row (8-bit RGBA, unfiltered rows only: what make-icons writes). */
  pixels: number[][];
}

/** Reads a PNG's header and, for 8-bit RGBA without row filters, its pixels. */
function readPng(bytes: Uint8Array): Png {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
  expect(buffer.toString("ascii", 12, 16)).toBe("IHDR");
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const bitDepth = buffer[24];
  const colorType = buffer[25];
  const idat: Buffer[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString("ascii", at + 4, at + 8) === "IDAT")
      idat.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  const stride = 1 + width * 4;
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter type None
    for (let x = 0; x < width; x++) {
      const at = y * stride + 1 + x * 4;
      pixels.push(Array.from(raw.subarray(at, at + 4)));
    }
  }
  return { width, height, bitDepth, colorType, pixels };
}

describe("the app package (npm run package)", () => {
  const entries = unzipSync(appPackage(DIST));
  const manifest = JSON.parse(Buffer.from(entries["manifest.json"]).toString("utf8"));

  it("is a zip with manifest.json at its root, its localization file and the two icons it names", () => {
    expect(Object.keys(entries).sort()).toEqual(
      ["color.png", "manifest.json", "manifest.zh-TW.json", "outline.png"].sort()
    );
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
    for (const { file } of manifest.localizationInfo.additionalLanguages)
      expect(entries[file]).toBeDefined();
  });

  it("holds the build's manifest.json and localization file as they are", () => {
    for (const name of ["manifest.json", "manifest.zh-TW.json"]) {
      expect(Buffer.from(entries[name])).toEqual(fs.readFileSync(path.join(DIST, name)));
    }
  });

  it("has a 192 × 192 colour icon: the add-in's, RGBA, its centre the icon's green", () => {
    const png = readPng(entries["color.png"]);
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([192, 192, 8, 6]);
    // (20, 96) lies inside the square and left of every bar: #1F6F3C, opaque.
    expect(png.pixels[96 * 192 + 20]).toEqual([0x1f, 0x6f, 0x3c, 255]);
    expect(Buffer.from(entries["color.png"])).toEqual(
      fs.readFileSync(path.join(ROOT, "assets/icon-192.png"))
    );
    expect(Buffer.from(entries["color.png"])).toEqual(icon(192));
  });

  it("has a 32 × 32 outline icon: white on transparent, nothing else", () => {
    const png = readPng(entries["outline.png"]);
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([32, 32, 8, 6]);
    const kinds = new Set(png.pixels.map((p) => p.join(",")));
    expect([...kinds].sort()).toEqual(["0,0,0,0", "255,255,255,255"]);
    const white = png.pixels.filter((p) => p[3] === 255).length;
    expect(white).toBeGreaterThan(100); // the border alone is 4 × 2 × 28 - 16 = 208 pixels
    expect(white).toBeLessThan((32 * 32) / 2);
    expect(png.pixels[0]).toEqual([0, 0, 0, 0]); // the corner, outside the square
    expect(png.pixels[2 * 32 + 2]).toEqual([255, 255, 255, 255]); // the border's corner
    expect(Buffer.from(entries["outline.png"])).toEqual(icon(32, outlinePixel));
  });
});

describe("what npm run package refuses", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "package-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a folder without a build, naming ADDIN_PUBLIC_URL", () => {
    expect(unpackable(dir)).toMatch(/manifest\.json is missing: build first.*ADDIN_PUBLIC_URL=/);
    expect(() => appPackage(dir)).toThrow(/build first/);
  });

  it("a development build (its manifest points at localhost)", () => {
    fs.writeFileSync(
      path.join(dir, "manifest.json"),
      fs
        .readFileSync(path.join(DIST, "manifest.json"), "utf8")
        .split("https://")
        .join("https://localhost:3000/x/")
    );
    expect(unpackable(dir)).toMatch(/development build/);
  });

  it("a build that lacks an icon", () => {
    fs.copyFileSync(path.join(DIST, "manifest.json"), path.join(dir, "manifest.json"));
    fs.copyFileSync(path.join(DIST, "manifest.zh-TW.json"), path.join(dir, "manifest.zh-TW.json"));
    expect(unpackable(dir)).toMatch(/the build lacks .*icon-192\.png.*icon-outline-32\.png/);
  });
});
