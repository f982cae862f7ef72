/**
 * npm run package: the app package a Microsoft 365 admin (Integrated apps › Upload custom apps)
 * or a Teams/Outlook upload takes, from a production build in dist/: a zip with manifest.json at
 * its root, its localization file, the 192 × 192 colour icon (color.png) and the 32 × 32 white
 * outline icon (outline.png), made from the add-in's icon (scripts/make-icons.js). Written to
 * dist/gpu-payback.zip, so that a published build offers it beside its manifests.
 *
 *   ADDIN_PUBLIC_URL=https://your.host/gpu-payback/ npm run build && npm run package
 */
const fs = require("fs");
const path = require("path");
const { zipSync } = require("fflate");
const { ADDIN } = require("./build/addin");
const { LOCALIZATION_FILE } = require("./build/manifestJson");

const DIST = path.resolve(__dirname, "../dist");
const PACKAGE_FILE = "gpu-payback.zip";

/** What goes into the package: its name inside the zip → the file in the build. */
function packageEntries(dist = DIST) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
  return {
    "manifest.json": path.join(dist, "manifest.json"),
    [LOCALIZATION_FILE]: path.join(dist, LOCALIZATION_FILE),
    [manifest.icons.color]: path.join(dist, ADDIN.icons.color),
    [manifest.icons.outline]: path.join(dist, ADDIN.icons.outline),
  };
}

/** Why dist/ cannot be packaged, in words, or null when it can. */
function unpackable(dist = DIST) {
  const manifest = path.join(dist, "manifest.json");
  if (!fs.existsSync(manifest)) {
    return `${manifest} is missing: build first, for the address the add-in will be served from (ADDIN_PUBLIC_URL=https://your.host/gpu-payback/ npm run build).`;
  }
  if (fs.readFileSync(manifest, "utf8").includes("https://localhost:")) {
    return `${manifest} is a development build (https://localhost): a package for others needs a production build (ADDIN_PUBLIC_URL=https://your.host/gpu-payback/ npm run build).`;
  }
  const absent = Object.values(packageEntries(dist)).filter((file) => !fs.existsSync(file));
  return absent.length > 0 ? `the build lacks ${absent.join(", ")}: build again.` : null;
}

/** The app package's bytes: a zip of packageEntries(dist), each at the zip's root. */
function appPackage(dist = DIST) {
  const why = unpackable(dist);
  if (why) throw new Error(why);
  const files = {};
  for (const [name, file] of Object.entries(packageEntries(dist))) {
    // A fixed date, so that the same build gives the same package.
    files[name] = [
      new Uint8Array(fs.readFileSync(file)),
      { mtime: new Date("2020-01-01T00:00:00Z") },
    ];
  }
  return zipSync(files, { level: 9 });
}

if (require.main === module) {
  try {
    const bytes = appPackage();
    const out = path.join(DIST, PACKAGE_FILE);
    fs.writeFileSync(out, bytes);
    process.stdout.write(
      `Wrote ${path.relative(process.cwd(), out)} (${bytes.length} bytes): upload it in the Microsoft 365 admin center (Settings › Integrated apps › Upload custom apps).\n`
    );
  } catch (error) {
    process.stderr.write(`npm run package: ${error.message}\n`);
    process.exitCode = 1;
  }
}

module.exports = { PACKAGE_FILE, appPackage, packageEntries, unpackable };
