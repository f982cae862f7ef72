/**
 * npm start / start:desktop / start:web / stop: sideloads the add-in with office-addin-debugging
 * where Excel can run it, and says plainly what to do where it cannot.
 *   node scripts/start.js desktop            Excel on Windows or macOS
 *   node scripts/start.js web --document URL Excel on the web, with a workbook you own
 *   node scripts/start.js stop
 */
const { spawnSync } = require("child_process");
const path = require("path");

const [mode = "desktop", ...rest] = process.argv.slice(2);
const root = path.resolve(__dirname, "..");

function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  } catch {
    try {
      const pkg = require.resolve("office-addin-debugging/package.json", { paths: [root] });
      const bin = require(pkg).bin;
      return path.join(
        path.dirname(pkg),
        typeof bin === "string" ? bin : bin["office-addin-debugging"]
      );
    } catch {
      return null;
    }
  }
}

function fail(lines) {
  process.stderr.write(lines.join("\n") + "\n");
  process.exit(1);
}

const alternatives = [
  "What works everywhere:",
  "  npm run preview                 the add-in beside a spreadsheet engine in your browser (no Excel needed)",
  "  npm run dev-server              serve the add-in on https://localhost:3000, then in Excel on the web:",
  "                                  Home > Add-ins > More Add-ins > Upload My Add-in > manifest.xml",
];

if (mode === "desktop" && process.platform !== "win32" && process.platform !== "darwin") {
  fail([
    `npm start sideloads GPU Payback into Excel desktop, which runs on Windows and macOS, not on ${process.platform}.`,
    "For Excel on the web: npm run start:web -- --document <URL of a workbook in OneDrive or SharePoint>",
    ...alternatives,
  ]);
}

if (mode === "web" && !rest.includes("--document")) {
  fail([
    "Excel on the web needs a workbook to open: npm run start:web -- --document <URL of a workbook in OneDrive or SharePoint>",
    ...alternatives,
  ]);
}

const cli = debuggingCli();
if (!cli) {
  fail([
    "office-addin-debugging is not installed: it is an optional dependency, and npm drops it when its",
    "dependency keytar cannot be built (on Linux keytar needs libsecret-1-dev). To install it:",
    "  Debian/Ubuntu: sudo apt-get install libsecret-1-dev && npm install office-addin-debugging",
    "  Windows/macOS: npm install office-addin-debugging",
    ...alternatives,
  ]);
}

const args = mode === "stop" ? ["stop", "manifest.xml"] : ["start", "manifest.xml", mode, ...rest];
const result = spawnSync(process.execPath, [cli, ...args], {
  cwd: root,
  stdio: ["inherit", "pipe", "pipe"],
  encoding: "utf8",
});
process.stdout.write(result.stdout || "");
process.stderr.write(result.stderr || "");
// office-addin-debugging exits 0 even when it fails: read what it printed.
const printed = `${result.stdout || ""}\n${result.stderr || ""}`;
if (result.status !== 0 || /Platform not supported|Error:|Unable to start/i.test(printed)) {
  fail([`office-addin-debugging ${args[0]} did not succeed (see above).`, ...alternatives]);
}
