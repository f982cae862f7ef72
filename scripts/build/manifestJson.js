/**
 * The unified manifest for Microsoft 365 (manifest.json) and its Traditional Chinese localization
 * file, written from the add-in's one description (addin.js) and the shipped functions.json for
 * the address the build is served from. The custom functions sit in the one long-lived runtime
 * that also serves the task pane (extensions[0].runtimes[0].customFunctions): Microsoft's docs
 * example puts customFunctions directly under extensions[], which the schema refuses.
 */
const { ADDIN } = require("./addin");

/** The schema version written: the newest that @microsoft/app-manifest ships (custom functions from 1.23). */
const MANIFEST_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
/** The localization file, beside manifest.json in dist/ and in the app package. */
const LOCALIZATION_FILE = "manifest.zh-TW.json";
const RUNTIME_ID = "SharedRuntime";
const ACTION_ID = "ShowTaskpane";

/** functions.json's option names → the unified manifest's (it spells requiresParameterAddress without the s). */
const OPTION_NAMES = { requiresParameterAddresses: "requiresParameterAddress" };

/** One function of functions.json in the unified manifest's form; throws on an option it cannot carry. */
function unifiedFunction(fn) {
  const options = {};
  for (const [key, value] of Object.entries(fn.options ?? {})) {
    if (!(key in OPTION_NAMES)) {
      throw new Error(
        `${fn.id} has the option "${key}", which scripts/build/manifestJson.js (OPTION_NAMES) cannot carry into manifest.json`
      );
    }
    options[OPTION_NAMES[key]] = value;
  }
  return {
    id: fn.id,
    name: fn.name,
    description: fn.description,
    helpUrl: fn.helpUrl,
    parameters: fn.parameters.map((p) => ({ ...p })),
    // The unified schema's result has a dimensionality only (its type is functions.json's).
    result: { dimensionality: fn.result?.dimensionality ?? "scalar" },
    ...options,
  };
}

function ribbon(addin, url) {
  const icons = Object.entries(addin.icons.ribbon).map(([size, file]) => ({
    size: Number(size),
    url: url(file),
  }));
  const button = {
    id: addin.ribbon.buttonId,
    type: "button",
    label: addin.ribbon.label.en,
    icons,
    supertip: { title: addin.ribbon.label.en, description: addin.ribbon.tooltip.en },
    actionId: ACTION_ID,
  };
  const group = {
    id: addin.ribbon.groupId,
    label: addin.ribbon.label.en,
    icons,
    controls: [button],
  };
  return [{ contexts: ["default"], tabs: [{ builtInTabId: addin.ribbon.tab, groups: [group] }] }];
}

function extension(addin, url, functions) {
  const requirements = {
    scopes: ["workbook"],
    capabilities: addin.requirements.map(({ name, minVersion }) => ({ name, minVersion })),
  };
  const runtime = {
    id: RUNTIME_ID,
    type: "general",
    code: { page: url(addin.files.taskpane), script: url(addin.files.functionsScript) },
    lifetime: "long",
    actions: [{ id: ACTION_ID, type: "openPage", view: addin.ribbon.taskpaneId }],
    customFunctions: {
      namespace: { id: addin.namespace, name: addin.namespace },
      functions: functions.map(unifiedFunction),
      metadataUrl: url(addin.files.functionsMetadata),
    },
  };
  const getStarted = addin.getStarted;
  return {
    requirements,
    runtimes: [runtime],
    ribbons: ribbon(addin, url),
    getStartedMessages: [
      {
        title: getStarted.title.en,
        description: getStarted.description.en,
        learnMoreUrl: url(getStarted.learnMore),
      },
    ],
  };
}

/**
 * The unified manifest for a build served from baseUrl (ending in "/"), with the functions of
 * the shipped functions.json (its `functions` array).
 */
function manifestJson(baseUrl, functions, addin = ADDIN) {
  const url = (file) => new URL(file, baseUrl).href;
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: addin.version,
    id: addin.id,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: addin.localizedMetadata[0].locales.map((languageTag) => ({
        languageTag,
        file: LOCALIZATION_FILE,
      })),
    },
    developer: {
      name: addin.provider,
      websiteUrl: url(addin.files.support),
      privacyUrl: url(addin.files.privacy),
      termsOfUseUrl: url(addin.files.terms),
    },
    name: { short: addin.name.en, full: addin.name.en },
    description: { short: addin.description.en, full: addin.fullDescription.en },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: addin.accentColor,
    validDomains: [new URL(baseUrl).host],
    authorization: {
      permissions: { resourceSpecific: [{ name: "Document.ReadWrite.User", type: "Delegated" }] },
    },
    extensions: [extension(addin, url, functions)],
  };
}

/** The Traditional Chinese texts of manifestJson's, keyed as the localization schema asks. */
function manifestLocalization(baseUrl, addin = ADDIN, language = "zh-TW") {
  const url = (file) => new URL(file, baseUrl).href;
  const control = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
  return {
    $schema: LOCALIZATION_SCHEMA_URL,
    "name.short": addin.name[language],
    "name.full": addin.name[language],
    "description.short": addin.description[language],
    "description.full": addin.fullDescription[language],
    "extensions[0].ribbons[0].tabs[0].groups[0].label": addin.ribbon.label[language],
    [`${control}.label`]: addin.ribbon.label[language],
    [`${control}.supertip.title`]: addin.ribbon.label[language],
    [`${control}.supertip.description`]: addin.ribbon.tooltip[language],
    "extensions[0].getStartedMessages[0].title": addin.getStarted.title[language],
    "extensions[0].getStartedMessages[0].description": addin.getStarted.description[language],
    // Function and argument help in this language: its own metadata file.
    "extensions[0].runtimes[0].customFunctions.metadataUrl": url(addin.localizedMetadata[0].file),
  };
}

/** The custom functions of a unified manifest (its one runtime's), or [] when there are none. */
const manifestFunctions = (manifest) =>
  manifest.extensions?.[0]?.runtimes?.[0]?.customFunctions?.functions ?? [];

/**
 * Where a unified manifest's functions disagree with functions.json's (a list of sentences, empty
 * when they agree): every function there, by id, with its name, help URL, parameters and the
 * parameter-address option under the manifest's spelling; none more. The schema cannot tell.
 */
function customFunctionsProblems(manifest, metadataFunctions) {
  const problems = [];
  const listed = new Map(manifestFunctions(manifest).map((fn) => [fn.id, fn]));
  for (const fn of metadataFunctions) {
    const found = listed.get(fn.id);
    if (!found) {
      problems.push(`manifest.json lacks ${fn.id}, which functions.json has`);
      continue;
    }
    listed.delete(fn.id);
    const expected = unifiedFunction(fn);
    for (const key of ["name", "helpUrl", "requiresParameterAddress"]) {
      if (found[key] !== expected[key]) {
        problems.push(
          `${fn.id}: manifest.json has ${key} ${JSON.stringify(found[key])}, functions.json ${JSON.stringify(expected[key])}`
        );
      }
    }
    const names = (list) => (list ?? []).map((p) => p.name).join(", ");
    if (names(found.parameters) !== names(expected.parameters)) {
      problems.push(
        `${fn.id}: manifest.json has parameters (${names(found.parameters)}), functions.json (${names(expected.parameters)})`
      );
    }
  }
  for (const id of listed.keys())
    problems.push(`manifest.json has ${id}, which functions.json does not`);
  return problems;
}

module.exports = {
  LOCALIZATION_FILE,
  customFunctionsProblems,
  manifestFunctions,
  MANIFEST_VERSION,
  OPTION_NAMES,
  manifestJson,
  manifestLocalization,
  unifiedFunction,
};
