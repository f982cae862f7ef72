/**
 * The one description of the add-in that both manifests are written from (manifestXml.js: the
 * add-in-only XML manifest; manifestJson.js: the unified manifest for Microsoft 365), so that
 * they cannot drift. Files are named relative to the address the build is served from; texts are
 * given in English ("en") and Traditional Chinese ("zh-TW").
 */

/** The XML manifest's locale for each language of the texts below. */
const LOCALES = { en: "en-US", "zh-TW": "zh-TW" };

const ADDIN = {
  /** Never changes: Office and admins know the add-in by it. */
  id: "9b03ccd5-da03-40dd-9628-64055725d87e",
  /** Semantic version (the unified manifest's); the XML manifest adds a fourth part, ".0". */
  version: "1.0.0",
  provider: "GPU Payback",
  name: { en: "GPU Payback", "zh-TW": "GPU 回本試算" },
  /** At most 80 characters (the unified manifest's description.short). */
  description: {
    en: "Sequoia's \"AI's $200B Question\" payback math: GPU.* functions and a live sheet.",
    "zh-TW": "將 Sequoia〈AI's $200B Question〉的回本計算做成 GPU.* 函數與即時範本工作表。",
  },
  /** The longer description a store or an admin centre shows (the unified manifest's description.full). */
  fullDescription: {
    en:
      "GPU Payback adds GPU.* functions to Excel (the revenue the AI industry needs to pay back its GPU spend, the revenue " +
      "identified so far, the gap, payback years) and a task pane that inserts a live template sheet with the figures of " +
      "Sequoia Capital's articles. Everything is computed in your workbook: nothing is sent anywhere.",
    "zh-TW":
      "GPU 回本試算為 Excel 加入 GPU.* 函數（AI 產業回收 GPU 支出所需的營收、目前已確認的營收、缺口、回本年數），" +
      "並提供工作窗格，插入含 Sequoia Capital 文章數據的即時範本工作表。所有計算都在你的活頁簿中進行，不會傳送任何資料。",
  },
  /** The icon's green (scripts/make-icons.js), the unified manifest's accentColor. */
  accentColor: "#1F6F3C",
  permissions: "ReadWriteDocument",
  /** Both manifests require these; SharedRuntime: functions and pane share one runtime. */
  requirements: [
    { name: "SharedRuntime", minVersion: "1.1" },
    { name: "CustomFunctionsRuntime", minVersion: "1.2" },
  ],
  namespace: "GPU",
  files: {
    taskpane: "taskpane.html",
    functionsScript: "functions.js",
    functionsMetadata: "functions.json",
    help: "help.html",
    support: "support.html",
    privacy: "privacy.html",
    terms: "terms.html",
  },
  /** Function help in another language: the metadata file and the Office locales it serves. */
  localizedMetadata: [{ file: "functions.zh-TW.json", locales: ["zh-TW", "zh-HK", "zh-MO"] }],
  icons: {
    /** The add-in's icon in the insertion dialog (XML IconUrl, HighResolutionIconUrl). */
    small: "assets/icon-32.png",
    highResolution: "assets/icon-64.png",
    /** The ribbon's icons, by size. */
    ribbon: { 16: "assets/icon-16.png", 32: "assets/icon-32.png", 80: "assets/icon-80.png" },
    /** The app package's icons (scripts/package.js): full colour 192 × 192, white outline 32 × 32. */
    color: "assets/icon-192.png",
    outline: "assets/icon-outline-32.png",
  },
  ribbon: {
    tab: "TabHome",
    groupId: "GpuPayback.Group",
    buttonId: "GpuPayback.TaskpaneButton",
    taskpaneId: "GpuPayback.Taskpane",
    label: { en: "GPU Payback", "zh-TW": "GPU 回本試算" },
    tooltip: {
      en: "Insert the payback template sheet and browse the GPU.* functions.",
      "zh-TW": "插入回本試算範本工作表並瀏覽 GPU.* 函數。",
    },
  },
  /** What Office shows once the add-in is installed (XML GetStarted, JSON getStartedMessages). */
  getStarted: {
    title: { en: "GPU Payback is ready", "zh-TW": "GPU 回本試算已就緒" },
    description: {
      en: "Open GPU Payback from the Home tab to insert the article's template sheet, or type =GPU. in a cell.",
      "zh-TW": "在「常用」索引標籤開啟 GPU 回本試算以插入範本工作表，或在儲存格輸入 =GPU.。",
    },
    learnMore: "help.html",
  },
};

/** The XML manifest's four-part version of a semantic version: 1.2.3 → 1.2.3.0. */
function xmlVersion(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`the add-in's version must be major.minor.patch (semver), not "${version}"`);
  }
  return `${version}.0`;
}

module.exports = { ADDIN, LOCALES, xmlVersion };
