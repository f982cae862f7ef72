/**
 * The add-in-only XML manifest, checked offline (`npm run validate` is the online check): the
 * source manifest.xml (development URLs) and dist/manifest.xml (the production build's copy, with
 * ADDIN_PUBLIC_URL swapped in). jest's globalSetup rebuilds dist/ when it is stale.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const { DEV_URL, testedUrl } = require("../../scripts/build/publicUrl.js") as {
  DEV_URL: string;
  testedUrl(): string;
};
/** The address dist/ was built for (test/support/globalSetup.js rebuilds it for this one). */
const PROD_URL = testedUrl();

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const GUID = "9b03ccd5-da03-40dd-9628-64055725d87e";

type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
type XmlElement = NonNullable<XmlDocument["documentElement"]>;

/** Parses XML, failing on any warning or error (a well-formed document has none). */
function parseStrict(xml: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0)
    throw new Error(`manifest is not well-formed XML:\n${problems.join("\n")}`);
  return doc;
}

const elements = (root: XmlDocument | XmlElement, ns: string, name: string): XmlElement[] =>
  Array.from(root.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<XmlElement>);
const one = (root: XmlDocument | XmlElement, ns: string, name: string): XmlElement => {
  const found = elements(root, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const children = (element: XmlElement): XmlElement[] =>
  Array.from(element.childNodes as unknown as ArrayLike<XmlElement>).filter(
    (n) => n.nodeType === 1
  );
const allElements = (doc: XmlDocument): XmlElement[] =>
  Array.from(doc.getElementsByTagName("*") as unknown as ArrayLike<XmlElement>);
const xsiType = (element: XmlElement) => element.getAttributeNS(XSI, "type");

const MANIFESTS = [
  { name: "manifest.xml", file: path.join(ROOT, "manifest.xml"), base: DEV_URL },
  { name: "dist/manifest.xml", file: path.join(DIST, "manifest.xml"), base: PROD_URL },
];

describe.each(MANIFESTS)("$name", ({ file, base }) => {
  const doc = parseStrict(fs.readFileSync(file, "utf8"));
  const root = doc.documentElement!;
  const overrides = one(doc, OVERRIDES, "VersionOverrides");
  const resources = one(overrides, OVERRIDES, "Resources");

  /** Every resource id defined in Resources, with its DefaultValue. */
  const defined = new Map<string, string>();
  const definedIds: string[] = [];
  for (const group of children(resources)) {
    for (const item of children(group)) {
      const id = item.getAttribute("id")!;
      definedIds.push(id);
      defined.set(id, item.getAttribute("DefaultValue")!);
    }
  }
  const resource = (element: XmlElement): string => {
    const id = element.getAttribute("resid");
    if (!id || !defined.has(id))
      throw new Error(`<${element.localName}> names resid "${id}", which is not defined`);
    return defined.get(id)!;
  };
  /** The file in dist/ a URL of this manifest points at. */
  const distFile = (url: string): string => {
    expect(url.startsWith(base)).toBe(true);
    const relative = new URL(url).pathname.slice(new URL(base).pathname.length);
    return path.join(DIST, decodeURIComponent(relative));
  };
  const expectServed = (url: string, name: string) => {
    expect(new URL(url).href).toBe(new URL(name, base).href);
    expect(fs.statSync(distFile(url)).isFile()).toBe(true);
  };

  it("is well-formed XML: an Office TaskPaneApp", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICE);
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(overrides.namespaceURI).toBe(OVERRIDES);
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
  });

  it("has a stable GUID id and a four-part version", () => {
    const id = one(doc, OFFICE, "Id").textContent!.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe(GUID);
    expect(one(doc, OFFICE, "Version").textContent!.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("names itself GPU Payback, for Excel workbooks only", () => {
    expect(one(doc, OFFICE, "DisplayName").getAttribute("DefaultValue")).toBe("GPU Payback");
    expect(one(doc, OFFICE, "ProviderName").textContent!.trim().length).toBeGreaterThan(0);
    const hosts = children(one(root, OFFICE, "Hosts"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrideHosts = elements(overrides, OVERRIDES, "Host");
    expect(overrideHosts.map(xsiType)).toEqual(["Workbook"]);
  });

  it("defines each resource id once, each at most 32 characters, and every resid used is defined", () => {
    expect(new Set(definedIds).size).toBe(definedIds.length);
    for (const id of definedIds) expect(id.length).toBeLessThanOrEqual(32);
    const used = allElements(doc)
      .map((e) => e.getAttribute("resid"))
      .filter((id): id is string => !!id);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(definedIds).toContain(id);
    // and nothing is defined that nothing uses
    for (const id of definedIds) expect(used).toContain(id);
  });

  it("has the namespace GPU", () => {
    const extension = elements(overrides, OVERRIDES, "ExtensionPoint").find(
      (e) => xsiType(e) === "CustomFunctions"
    )!;
    expect(resource(one(extension, OVERRIDES, "Namespace"))).toBe("GPU");
  });

  it("has a shared runtime with a long lifetime, used by the functions, the pane and the commands", () => {
    const runtimes = elements(overrides, OVERRIDES, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtime = runtimes[0].getAttribute("resid");
    const extension = elements(overrides, OVERRIDES, "ExtensionPoint").find(
      (e) => xsiType(e) === "CustomFunctions"
    )!;
    const page = one(one(extension, OVERRIDES, "Page"), OVERRIDES, "SourceLocation");
    expect(page.getAttribute("resid")).toBe(runtime);
    expect(one(overrides, OVERRIDES, "FunctionFile").getAttribute("resid")).toBe(runtime);
    const action = one(overrides, OVERRIDES, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(one(action, OVERRIDES, "SourceLocation").getAttribute("resid")).toBe(runtime);
    expectServed(defined.get(runtime!)!, "taskpane.html");
  });

  it("points the CustomFunctions Script, Page and Metadata at files the build emits", () => {
    const extension = elements(overrides, OVERRIDES, "ExtensionPoint").find(
      (e) => xsiType(e) === "CustomFunctions"
    )!;
    const url = (part: string) =>
      resource(one(one(extension, OVERRIDES, part), OVERRIDES, "SourceLocation"));
    expectServed(url("Script"), "functions.js");
    expectServed(url("Page"), "taskpane.html");
    expectServed(url("Metadata"), "functions.json");
  });

  it("has a ribbon button on the Home tab that opens the task pane, with 16, 32 and 80 px icons in assets/", () => {
    const surface = elements(overrides, OVERRIDES, "ExtensionPoint").find(
      (e) => xsiType(e) === "PrimaryCommandSurface"
    )!;
    expect(one(surface, OVERRIDES, "OfficeTab").getAttribute("id")).toBe("TabHome");
    const control = one(surface, OVERRIDES, "Control");
    expect(xsiType(control)).toBe("Button");
    expect(resource(one(control, OVERRIDES, "Label"))).toBe("GPU Payback");
    expect(one(control, OVERRIDES, "TaskpaneId").textContent!.trim().length).toBeGreaterThan(0);
    const icons = elements(one(control, OVERRIDES, "Icon"), BT, "Image");
    expect(icons.map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
    for (const icon of icons) {
      const size = icon.getAttribute("size");
      expectServed(resource(icon), `assets/icon-${size}.png`);
      expect(fs.existsSync(path.join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
    }
  });

  it("points the icon, support and task-pane URLs at files the build emits", () => {
    expectServed(one(doc, OFFICE, "IconUrl").getAttribute("DefaultValue")!, "assets/icon-32.png");
    expectServed(
      one(doc, OFFICE, "HighResolutionIconUrl").getAttribute("DefaultValue")!,
      "assets/icon-64.png"
    );
    expectServed(one(doc, OFFICE, "SupportUrl").getAttribute("DefaultValue")!, "support.html");
    const source = one(one(doc, OFFICE, "DefaultSettings"), OFFICE, "SourceLocation");
    expectServed(source.getAttribute("DefaultValue")!, "taskpane.html");
    for (const [id, url] of defined) {
      if (/^https?:/.test(url)) expect([id, fs.existsSync(distFile(url))]).toEqual([id, true]);
    }
  });

  it("asks for ReadWriteDocument and no more", () => {
    const permissions = elements(doc, OFFICE, "Permissions");
    expect(permissions).toHaveLength(1);
    expect(permissions[0].textContent!.trim()).toBe("ReadWriteDocument");
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const element of allElements(doc)) {
      for (const attribute of Array.from(
        element.attributes as unknown as ArrayLike<{ name: string; value: string }>
      )) {
        if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) urls.push(attribute.value);
      }
      if (children(element).length === 0 && /:\/\//.test(element.textContent ?? "")) {
        urls.push(element.textContent!.trim());
      }
    }
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(base).toMatch(/^https:\/\//);
  });

  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.ErrorCode)", () => {
    const sets = new Map(
      elements(one(doc, OFFICE, "Requirements"), OFFICE, "Set").map((s) => [
        s.getAttribute("Name"),
        s.getAttribute("MinVersion"),
      ])
    );
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.2");
  });
});

describe("the production manifest", () => {
  it("differs from the source only in its URLs: the development address is swapped for ADDIN_PUBLIC_URL", () => {
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(source).toContain(DEV_URL);
    expect(built).not.toMatch(/localhost/);
    expect(built).toBe(source.split(DEV_URL).join(PROD_URL));
  });
});

describe("the well-formedness check itself", () => {
  it.each([
    "<OfficeApp><Id></OfficeApp>",
    "<OfficeApp Id=1/>",
    "<OfficeApp>&nbsp;</OfficeApp>",
    "<a/><b/>",
  ])("rejects %s", (xml) => {
    expect(() => parseStrict(xml)).toThrow();
  });
});
