/**
 * The pages a store and an admin ask for: support, privacy and terms of use (src/pages/), with
 * the add-in's version and where to ask for help filled in. Where to ask is ADDIN_SUPPORT_URL
 * (the GitHub Pages workflow sets it to the repository's issues); without it the support page
 * sends the reader to whoever gave them the add-in.
 */
const fs = require("fs");
const path = require("path");
const { ADDIN } = require("./addin");
const { escapeXml } = require("./manifestXml");

const PAGES_DIR = path.resolve(__dirname, "../../src/pages");
const PAGES = [ADDIN.files.support, ADDIN.files.privacy, ADDIN.files.terms];

/** Where to ask for help, in both languages (HTML). */
function contact(env = process.env) {
  const value = (env.ADDIN_SUPPORT_URL ?? "").trim();
  if (value === "") {
    return {
      en: "ask whoever gave you the add-in: your Microsoft 365 admin, or the colleague who shared its address.",
      "zh-TW": "請洽提供你此增益集的人：你的 Microsoft 365 系統管理員，或分享其位址的同事。",
    };
  }
  const url = new URL(value);
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_SUPPORT_URL must be an https address: "${value}".`);
  }
  const link = `<a href="${escapeXml(url.href)}">${escapeXml(url.href)}</a>`;
  return { en: `${link}.`, "zh-TW": `${link}。` };
}

/** One page's text with its placeholders filled; throws on a placeholder it does not know. */
function fillPage(template, env = process.env) {
  const words = contact(env);
  const values = { version: ADDIN.version, contact: words.en, "contact.zh-TW": words["zh-TW"] };
  return template.replace(/\{\{([\w.-]+)\}\}/g, (whole, key) => {
    if (!(key in values))
      throw new Error(
        `a page has the placeholder ${whole}, which scripts/build/pages.js does not fill`
      );
    return values[key];
  });
}

/** Emits support.html, privacy.html and terms.html. */
class PagesPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PagesPlugin", (compilation) => {
      for (const page of PAGES) compilation.fileDependencies.add(path.join(PAGES_DIR, page));
      compilation.hooks.processAssets.tap(
        { name: "PagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            for (const page of PAGES) {
              const html = fillPage(fs.readFileSync(path.join(PAGES_DIR, page), "utf8"));
              compilation.emitAsset(page, new sources.RawSource(html));
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

module.exports = { PAGES, PagesPlugin, contact, fillPage };
