/**
 * Offline tests of manifest.xml: XML Schema validation against the vendored XSDs
 * (test/manifest/xsd, see its README) and our own lint (manifestLint.ts).
 * Run: npx jest test/manifest
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  ASSETS_DIR,
  MANIFEST_PATH,
  NS,
  Problem,
  Rule,
  XSD_DIR,
  formatProblems,
  lintManifest,
  parseXml,
  readPng,
  validateManifestXsd,
} from "./manifestLint";

const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

/** Replaces exactly one occurrence, so a mutation that stops matching fails loudly. */
function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in manifest.xml, found ${count} times`);
  return xml.replace(from, to);
}

function only(problems: Problem[], rule: Rule): string {
  return formatProblems(problems.filter((p) => p.rule === rule));
}

describe("manifest.xml against the Office manifest XSDs", () => {
  it("has the vendored schemas in the repository", () => {
    for (const f of [
      "OfficeAppManifestV1_1.xsd",
      "OfficeAppBasicTypesV1_0.xsd",
      "TaskPaneAppVersionOverridesV1_0.xsd",
      "MailAppVersionOverridesV1_0.xsd",
      "MailAppVersionOverridesV1_1.xsd",
      "ContentAppVersionOverridesV1_0.xsd",
    ]) {
      expect(fs.existsSync(path.join(XSD_DIR, f))).toBe(true);
    }
  });

  it("is valid", async () => {
    const result = await validateManifestXsd(manifest);
    expect(result.errors.join("\n")).toBe("");
    expect(result.valid).toBe(true);
  });

  it("rejects a schema violation (negative test)", async () => {
    const bad = mutate(manifest, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWrite</Permissions>");
    const result = await validateManifestXsd(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Permissions.*'ReadWrite' is not an element of the set/);
  });

  it("rejects elements out of schema order (SupportUrl after AppDomains)", async () => {
    const support = '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>';
    const bad = mutate(mutate(manifest, support, ""), "</AppDomains>", `</AppDomains>\n  ${support}`);
    const result = await validateManifestXsd(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/SupportUrl/);
  });

  it("rejects an ExcelApi MinVersion that is not of the form n.n", async () => {
    const bad = mutate(manifest, 'MinVersion="1.8"', 'MinVersion="1.8.0"');
    const result = await validateManifestXsd(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/MinVersion/);
  });
});

describe("manifest.xml lint", () => {
  const problems = lintManifest(manifest);

  it.each<Rule>(["parse", "resource-ids", "resid", "https", "icons", "requirements", "permissions", "support", "locales", "ribbon"])(
    "passes rule %s",
    (rule) => {
      expect(only(problems, rule)).toBe("");
    },
  );

  it("reports nothing at all", () => {
    expect(formatProblems(problems)).toBe("");
  });

  it("describes Regionrapport as a Swedish Excel task-pane add-in", () => {
    const root = parseXml(manifest).documentElement;
    const get = (name: string) => root.getElementsByTagNameNS(NS.app, name)[0];
    expect(root.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(get("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // package.json's version, four parts; `npm version` keeps them in step (scripts/manifest-version.js).
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(get("Version").textContent).toBe(`${version}.0`);
    expect(get("ProviderName").textContent).toBe("Regionrapport");
    expect(get("DefaultLocale").textContent).toBe("sv-SE");
    expect(get("DisplayName").getAttribute("DefaultValue")).toBe("Regionrapport");
    expect(get("Host").getAttribute("Name")).toBe("Workbook");
    expect(get("SourceLocation").getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
    const vo = root.getElementsByTagNameNS(NS.ov, "VersionOverrides")[0];
    expect(vo.getAttributeNS(NS.xsi, "type")).toBe("VersionOverridesV1_0");
  });
});

describe("manifest lint catches what the schemas cannot (negative tests)", () => {
  it("reports a resid that names no resource, although the XSD accepts it", async () => {
    const bad = mutate(manifest, '<Label resid="ValidateButton.Label"/>', '<Label resid="ValidateButton.Lable"/>');
    expect((await validateManifestXsd(bad)).valid).toBe(true); // the schema has no keys
    const problems = lintManifest(bad);
    expect(only(problems, "resid")).toMatch(
      /resid "ValidateButton\.Lable" at .*Control\[Regionrapport\.ValidateButton\]\/Label names no resource/,
    );
    // ...and the button can no longer be found by its label
    expect(only(problems, "ribbon")).toMatch(/no button labelled "Validera"/);
  });

  it("reports a resid that names a resource of the wrong kind", () => {
    const bad = mutate(manifest, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Group.Label"/>');
    expect(only(lintManifest(bad), "resid")).toMatch(/"Group\.Label" .* names a bt:ShortStrings\/bt:String but must name a bt:Urls\/bt:Url/);
  });

  it("reports duplicate resource ids", () => {
    const bad = mutate(manifest, '<bt:String id="OpenButton.Title"', '<bt:String id="OpenButton.Label"');
    expect(only(lintManifest(bad), "resource-ids")).toMatch(/resource id "OpenButton\.Label" is defined twice/);
  });

  it("reports a URL that is not https", () => {
    const bad = mutate(
      manifest,
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://localhost:3000/commands.html"',
    );
    expect(only(lintManifest(bad), "https")).toMatch(/Url\[Commands\.Url\].*http:\/\/localhost:3000\/commands\.html/);
  });

  it("reports a missing ExcelApi requirement and a too-low version", () => {
    const lower = mutate(manifest, 'MinVersion="1.8"', 'MinVersion="1.7"');
    expect(only(lintManifest(lower), "requirements")).toMatch(/ExcelApi MinVersion is 1\.7/);
    const none = mutate(manifest, '<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(only(lintManifest(none), "requirements")).toMatch(/no <Set Name="ExcelApi">/);
  });

  it("reports the wrong permission", () => {
    const bad = mutate(manifest, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
    expect(only(lintManifest(bad), "permissions")).toMatch(/expected ReadWriteDocument/);
  });

  it("reports a Validera button that runs the wrong function", () => {
    const bad = mutate(
      manifest,
      '<Action xsi:type="ExecuteFunction">\n                    <FunctionName>validate</FunctionName>',
      '<Action xsi:type="ExecuteFunction">\n                    <FunctionName>validera</FunctionName>',
    );
    expect(only(lintManifest(bad), "ribbon")).toMatch(/"Validera" FunctionName is "validera", expected validate/);
  });

  it("reports a ribbon on a custom tab, a group not named after the add-in, and a missing size", () => {
    const custom = mutate(
      mutate(manifest, '<OfficeTab id="TabHome">', '<CustomTab id="Regionrapport.Tab">'),
      "</OfficeTab>",
      '<Label resid="Group.Label"/></CustomTab>',
    );
    expect(only(lintManifest(custom), "ribbon")).toMatch(/expected no CustomTab[\s\S]*expected one OfficeTab id="TabHome", found none/);
    const renamed = mutate(manifest, '<bt:String id="Group.Label" DefaultValue="Regionrapport"/>', '<bt:String id="Group.Label" DefaultValue="Redovisning"/>');
    expect(only(lintManifest(renamed), "ribbon")).toMatch(/Group label is "Redovisning", expected "Regionrapport"/);
    const no20 = mutate(manifest, '<bt:Image size="20" resid="Validate.20"/>', "");
    expect(only(lintManifest(no20), "icons")).toMatch(/Control\[Regionrapport\.ValidateButton\]\/Icon has no 20 px image/);
  });

  it("reports two buttons sharing one icon", () => {
    let shared = manifest;
    for (const n of [16, 20, 32, 64, 80]) shared = mutate(shared, `resid="Validate.${n}"`, `resid="Open.${n}"`);
    expect(only(lintManifest(shared), "icons")).toMatch(/two buttons share the same icon images/);
  });

  it("reports a missing SupportUrl or AppDomains, and an en-US text without en-GB", () => {
    const noSupport = mutate(manifest, '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', "");
    expect(only(lintManifest(noSupport), "support")).toMatch(/SupportUrl is missing/);
    const noDomains = mutate(manifest, "<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://elsewhere.example</AppDomain>");
    expect(only(lintManifest(noDomains), "support")).toMatch(/AppDomains does not list the task pane's origin https:\/\/localhost:3000/);
    const noGb = mutate(manifest, '<bt:Override Locale="en-GB" Value="Validate"/>', "");
    expect(only(lintManifest(noGb), "locales")).toMatch(/String\[ValidateButton\.Label\] has an en-US override but no en-GB one/);
  });

  describe("icons", () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "regionrapport-icons-"));
      for (const f of fs.readdirSync(ASSETS_DIR)) fs.copyFileSync(path.join(ASSETS_DIR, f), path.join(dir, f));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reports an icon of the wrong pixel size", () => {
      fs.copyFileSync(path.join(ASSETS_DIR, "icon-32.png"), path.join(dir, "icon-16.png"));
      expect(only(lintManifest(manifest, { assetsDir: dir }), "icons")).toMatch(/icon-16\.png is 32x32, expected 16x16/);
    });

    it("reports a missing icon and a file that is not a PNG", () => {
      fs.rmSync(path.join(dir, "validate-80.png"));
      fs.writeFileSync(path.join(dir, "icon-64.png"), "<svg/>");
      const icons = only(lintManifest(manifest, { assetsDir: dir }), "icons");
      expect(icons).toMatch(/validate-80\.png: ENOENT/);
      expect(icons).toMatch(/HighResolutionIconUrl: .*icon-64\.png: not a PNG/);
    });
  });
});

describe("assets/ icons", () => {
  const files = ["icon", "open", "validate"].flatMap((name) => [16, 20, 32, 64, 80].map((n) => [`${name}-${n}.png`, n] as const));

  it.each(files)("%s is a real square PNG of that size", (file, n) => {
    const info = readPng(fs.readFileSync(path.join(ASSETS_DIR, file)));
    expect(info).toEqual({ width: n, height: n });
  });

  it("holds exactly the icons the manifest names", () => {
    expect(fs.readdirSync(ASSETS_DIR).sort()).toEqual(files.map(([f]) => f).sort());
  });
});
