/**
 * The add-in-only XML manifest (Excel with a shared runtime), written from the add-in's one
 * description (addin.js) for the address the build is served from. manifest.xml at the project's
 * root is this for the development address (npm start sideloads it); `npm run manifest` rewrites it.
 */
const { ADDIN, LOCALES, xmlVersion } = require("./addin");

const escapeXml = (text) =>
  String(text)
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** `Element DefaultValue="en"` with an Override for every other language; `indent` before each line. */
function localized(element, texts, indent, attribute = "DefaultValue", override = "Override") {
  const others = Object.keys(texts).filter((language) => language !== "en");
  const open = `${indent}<${element} ${attribute}="${escapeXml(texts.en)}"`;
  if (others.length === 0) return `${open}/>`;
  const lines = others.map(
    (language) =>
      `${indent}  <${override} Locale="${LOCALES[language]}" Value="${escapeXml(texts[language])}"/>`
  );
  const name = element.split(" ")[0];
  return [`${open}>`, ...lines, `${indent}</${name}>`].join("\n");
}

function header(addin, url) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- GPU Payback: add-in-only XML manifest for Excel with a shared runtime. Written by the build from
     scripts/build/addin.js (npm run manifest rewrites this copy, for the development address):
     edit that file, not this one. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${addin.id}</Id>
  <Version>${xmlVersion(addin.version)}</Version>
  <ProviderName>${escapeXml(addin.provider)}</ProviderName>
  <DefaultLocale>${LOCALES.en}</DefaultLocale>
${localized("DisplayName", addin.name, "  ")}
${localized("Description", addin.description, "  ")}
  <IconUrl DefaultValue="${url(addin.icons.small)}"/>
  <HighResolutionIconUrl DefaultValue="${url(addin.icons.highResolution)}"/>
  <SupportUrl DefaultValue="${url(addin.files.support)}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
${addin.requirements.map((set) => `      <Set Name="${set.name}" MinVersion="${set.minVersion}"/>`).join("\n")}
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(addin.files.taskpane)}"/>
  </DefaultSettings>
  <Permissions>${addin.permissions}</Permissions>`;
}

const ribbonIcons = (indent) =>
  [
    `${indent}<Icon>`,
    ...Object.keys(ADDIN.icons.ribbon).map(
      (size) => `${indent}  <bt:Image size="${size}" resid="Icon.${size}x${size}"/>`
    ),
    `${indent}</Icon>`,
  ].join("\n");

function hosts(addin) {
  return `    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="${addin.ribbon.tab}">
              <Group id="${addin.ribbon.groupId}">
                <Label resid="Group.Label"/>
${ribbonIcons("                ")}
                <Control xsi:type="Button" id="${addin.ribbon.buttonId}">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
${ribbonIcons("                  ")}
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${addin.ribbon.taskpaneId}</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>`;
}

function resources(addin, url) {
  const i = "        ";
  const string = (id, texts) =>
    localized(`bt:String id="${id}"`, texts, i, "DefaultValue", "bt:Override");
  const metadataOverrides = addin.localizedMetadata.flatMap(({ file, locales }) =>
    locales.map((locale) => `${i}  <bt:Override Locale="${locale}" Value="${url(file)}"/>`)
  );
  return `    <Resources>
      <bt:Images>
${Object.entries(addin.icons.ribbon)
  .map(([size, file]) => `${i}<bt:Image id="Icon.${size}x${size}" DefaultValue="${url(file)}"/>`)
  .join("\n")}
      </bt:Images>
      <bt:Urls>
${i}<bt:Url id="Functions.Script.Url" DefaultValue="${url(addin.files.functionsScript)}"/>
${i}<bt:Url id="Functions.Metadata.Url" DefaultValue="${url(addin.files.functionsMetadata)}">
${i}  <!-- Function and argument help in Traditional Chinese, generated from the catalog at build time. -->
${metadataOverrides.join("\n")}
${i}</bt:Url>
${i}<bt:Url id="Taskpane.Url" DefaultValue="${url(addin.files.taskpane)}"/>
${i}<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${url(addin.getStarted.learnMore)}"/>
      </bt:Urls>
      <bt:ShortStrings>
${i}<bt:String id="Functions.Namespace" DefaultValue="${addin.namespace}"/>
${string("GetStarted.Title", addin.getStarted.title)}
${string("Group.Label", addin.ribbon.label)}
${string("TaskpaneButton.Label", addin.ribbon.label)}
      </bt:ShortStrings>
      <bt:LongStrings>
${string("GetStarted.Description", addin.getStarted.description)}
${string("TaskpaneButton.Tooltip", addin.ribbon.tooltip)}
      </bt:LongStrings>
    </Resources>`;
}

/** The XML manifest for a build served from baseUrl (ending in "/"). */
function manifestXml(baseUrl, addin = ADDIN) {
  const url = (file) => escapeXml(new URL(file, baseUrl).href);
  return `${header(addin, url)}
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
${hosts(addin)}
${resources(addin, url)}
  </VersionOverrides>
</OfficeApp>
`;
}

module.exports = { escapeXml, manifestXml };
