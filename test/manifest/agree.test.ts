/**
 * The two manifests of one build agree, field by field: dist/manifest.xml (add-in only) and
 * dist/manifest.json with its localization file (unified). Both come from scripts/build/addin.js;
 * these tests read the built files, so a generator that drops or changes a field in one of them
 * fails here. Every URL of both is on the build's origin and names a file the build writes.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const { DEV_URL, testedUrl } = require("../../scripts/build/publicUrl.js") as {
  DEV_URL: string;
  testedUrl(): string;
};
const { manifestXml } = require("../../scripts/build/manifestXml.js") as {
  manifestXml(baseUrl: string): string;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
type XmlElement = NonNullable<XmlDocument["documentElement"]>;

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BASE = testedUrl();
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const xml = new DOMParser().parseFromString(
  fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"),
  "text/xml"
);
const json: Json = JSON.parse(fs.readFileSync(path.join(DIST, "manifest.json"), "utf8"));
const zh: Json = JSON.parse(fs.readFileSync(path.join(DIST, "manifest.zh-TW.json"), "utf8"));

const all = (ns: string, name: string): XmlElement[] =>
  Array.from(xml.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<XmlElement>);
const one = (ns: string, name: string): XmlElement => {
  const found = all(ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const text = (ns: string, name: string) => one(ns, name).textContent!.trim();
const value = (ns: string, name: string) => one(ns, name).getAttribute("DefaultValue")!;
/** The zh-TW Override of an element (DisplayName, Description, a bt:String or bt:Url). */
const zhOverride = (element: XmlElement) =>
  Array.from(element.childNodes as unknown as ArrayLike<XmlElement>)
    .filter((n) => n.nodeType === 1 && n.getAttribute("Locale") === "zh-TW")
    .map((n) => n.getAttribute("Value"))[0];
/** A resource of the XML manifest by id: its element. */
const resource = (id: string): XmlElement => {
  const found = ["Image", "Url", "String"]
    .flatMap((name) => all(BT, name))
    .filter((e) => e.getAttribute("id") === id);
  if (found.length !== 1) throw new Error(`resource ${id}: ${found.length} found`);
  return found[0];
};
const runtime = json.extensions[0].runtimes[0];
const control = json.extensions[0].ribbons[0].tabs[0].groups[0].controls[0];

describe("the XML and the unified manifest of one build", () => {
  it("have the same id", () => {
    expect(text(OFFICE, "Id")).toBe(json.id);
    expect(json.id).toBe("9b03ccd5-da03-40dd-9628-64055725d87e");
  });

  it("have the same version: four parts in XML, semver in JSON", () => {
    expect(json.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(text(OFFICE, "Version")).toBe(`${json.version}.0`);
  });

  it("have the same names and descriptions in English and Traditional Chinese", () => {
    expect(value(OFFICE, "DisplayName")).toBe(json.name.short);
    expect(zhOverride(one(OFFICE, "DisplayName"))).toBe(zh["name.short"]);
    expect(value(OFFICE, "Description")).toBe(json.description.short);
    expect(zhOverride(one(OFFICE, "Description"))).toBe(zh["description.short"]);
    expect(text(OFFICE, "ProviderName")).toBe(json.developer.name);
  });

  it("have the same namespace, GPU", () => {
    expect(resource("Functions.Namespace").getAttribute("DefaultValue")).toBe("GPU");
    expect(runtime.customFunctions.namespace.id).toBe("GPU");
  });

  it("require the same sets", () => {
    const sets = all(OFFICE, "Set").map((s) => ({
      name: s.getAttribute("Name"),
      minVersion: s.getAttribute("MinVersion"),
    }));
    expect(json.extensions[0].requirements.capabilities).toEqual(sets);
  });

  it("load the same task pane, functions script and metadata, in English and Chinese", () => {
    expect(runtime.code.page).toBe(resource("Taskpane.Url").getAttribute("DefaultValue"));
    expect(runtime.code.page).toBe(
      one(OFFICE, "DefaultSettings")
        .getElementsByTagNameNS(OFFICE, "SourceLocation")[0]!
        .getAttribute("DefaultValue")
    );
    expect(runtime.code.script).toBe(resource("Functions.Script.Url").getAttribute("DefaultValue"));
    const metadata = resource("Functions.Metadata.Url");
    expect(runtime.customFunctions.metadataUrl).toBe(metadata.getAttribute("DefaultValue"));
    expect(zh["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(zhOverride(metadata));
    expect(runtime.lifetime).toBe(one(OVERRIDES, "Runtime").getAttribute("lifetime"));
  });

  it("have the same ribbon button: its tab, group, id, icons, label and tooltip in both languages", () => {
    expect(json.extensions[0].ribbons[0].tabs[0].builtInTabId).toBe(
      one(OVERRIDES, "OfficeTab").getAttribute("id")
    );
    expect(json.extensions[0].ribbons[0].tabs[0].groups[0].id).toBe(
      one(OVERRIDES, "Group").getAttribute("id")
    );
    expect(control.id).toBe(one(OVERRIDES, "Control").getAttribute("id"));
    expect(runtime.actions[0].view).toBe(text(OVERRIDES, "TaskpaneId"));
    const xmlIcons = all(BT, "Image")
      .filter((e) => e.getAttribute("id"))
      .map((e) => ({
        size: Number(/(\d+)x/.exec(e.getAttribute("id")!)![1]),
        url: e.getAttribute("DefaultValue"),
      }));
    expect(control.icons).toEqual(xmlIcons);
    const label = resource("TaskpaneButton.Label");
    const tooltip = resource("TaskpaneButton.Tooltip");
    expect(control.label).toBe(label.getAttribute("DefaultValue"));
    expect(control.supertip.description).toBe(tooltip.getAttribute("DefaultValue"));
    const zhControl = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
    expect(zh[`${zhControl}.label`]).toBe(zhOverride(label));
    expect(zh[`${zhControl}.supertip.description`]).toBe(zhOverride(tooltip));
  });

  it("say the same when installed (GetStarted, getStartedMessages), in both languages", () => {
    const [message] = json.extensions[0].getStartedMessages;
    const title = resource("GetStarted.Title");
    const description = resource("GetStarted.Description");
    expect(message.title).toBe(title.getAttribute("DefaultValue"));
    expect(message.description).toBe(description.getAttribute("DefaultValue"));
    expect(message.learnMoreUrl).toBe(
      resource("GetStarted.LearnMoreUrl").getAttribute("DefaultValue")
    );
    expect(zh["extensions[0].getStartedMessages[0].title"]).toBe(zhOverride(title));
    expect(zh["extensions[0].getStartedMessages[0].description"]).toBe(zhOverride(description));
  });

  it("ask for the same access: ReadWriteDocument is Document.ReadWrite.User", () => {
    expect(text(OFFICE, "Permissions")).toBe("ReadWriteDocument");
    expect(json.authorization.permissions.resourceSpecific).toEqual([
      { name: "Document.ReadWrite.User", type: "Delegated" },
    ]);
  });

  it("point at the same support page", () => {
    expect(json.developer.websiteUrl).toBe(value(OFFICE, "SupportUrl"));
    expect(json.developer.websiteUrl).toBe(`${BASE}support.html`);
  });
});

/** Every absolute URL in a JSON value, with where it is. */
function jsonUrls(node: Json, where = ""): Array<[string, string]> {
  if (typeof node === "string") return /^[a-z]+:\/\//i.test(node) ? [[where, node]] : [];
  if (Array.isArray(node)) return node.flatMap((item, i) => jsonUrls(item, `${where}[${i}]`));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, item]) => jsonUrls(item, `${where}.${key}`));
  }
  return [];
}

/** Every absolute URL in the XML manifest's attributes and texts, but its namespaces. */
function xmlUrls(): string[] {
  const urls: string[] = [];
  for (const element of Array.from(
    xml.getElementsByTagName("*") as unknown as ArrayLike<XmlElement>
  )) {
    for (const a of Array.from(
      element.attributes as unknown as ArrayLike<{ name: string; value: string }>
    )) {
      if (!a.name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(a.value)) urls.push(a.value);
    }
  }
  return urls;
}

describe("every URL of both manifests", () => {
  const json$schema = (where: string) => where === ".$schema";
  const urls = [
    ...jsonUrls(json).filter(([where]) => !json$schema(where)),
    ...jsonUrls(zh).filter(([where]) => !json$schema(where)),
    ...xmlUrls().map((url): [string, string] => ["manifest.xml", url]),
  ];

  it("are many (the walk finds them)", () => {
    // XML: 14; JSON: 3 pages, 2 runtime files, the metadata, 6 ribbon icons, get-started, a help
    // link per function; the localization file: the Chinese metadata.
    expect(urls.length).toBe(14 + 13 + runtime.customFunctions.functions.length + 1);
  });

  it("are on the build's https origin, under its folder, and name a file the build writes", () => {
    const base = new URL(BASE);
    for (const [where, url] of urls) {
      const parsed = new URL(url);
      expect([where, parsed.protocol, parsed.origin]).toEqual([where, "https:", base.origin]);
      expect([where, parsed.pathname.startsWith(base.pathname)]).toEqual([where, true]);
      const file = path.join(DIST, decodeURIComponent(parsed.pathname.slice(base.pathname.length)));
      expect([where, url, fs.existsSync(file) && fs.statSync(file).isFile()]).toEqual([
        where,
        url,
        true,
      ]);
    }
  });

  it("each function's help link names a section that help.html has", () => {
    const help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    for (const fn of runtime.customFunctions.functions) {
      const hash = new URL(fn.helpUrl).hash.slice(1);
      expect([fn.id, hash.length > 0, new RegExp(`id="?${hash}[\\s">]`).test(help)]).toEqual([
        fn.id,
        true,
        true,
      ]);
    }
  });

  it("the unified manifest trusts its own host only", () => {
    expect(json.validDomains).toEqual([new URL(BASE).host]);
  });
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.toString("latin1", 1, 4)).toBe("PNG");
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
const distFile = (url: string) =>
  path.join(DIST, new URL(url).pathname.slice(new URL(BASE).pathname.length));

describe("the icons both manifests name", () => {
  it("are the sizes they say: ribbon 16, 32, 80; the add-in's icon 32, its high-resolution one 64", () => {
    for (const { size, url } of control.icons)
      expect([url, pngSize(distFile(url))]).toEqual([url, [size, size]]);
    expect(pngSize(distFile(value(OFFICE, "IconUrl")))).toEqual([32, 32]);
    expect(pngSize(distFile(value(OFFICE, "HighResolutionIconUrl")))).toEqual([64, 64]);
  });
});

describe("the project's manifest.xml", () => {
  it("is the build's for the development address (npm run manifest rewrites it)", () => {
    expect(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).toBe(manifestXml(DEV_URL));
  });
});
