/** The production build's settings (webpack.config.js), without running webpack: the base URL, the Version, the manifest. */
import { readFileSync } from "node:fs";
import * as path from "node:path";

const config = require("../../webpack.config.js") as {
  parseBaseUrl(value: string | undefined): string;
  manifestVersion(version: string): string;
  productionManifest(xml: string, baseUrl: string, options?: { packageVersion?: string; supportUrl?: string }): string;
};
const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

test("ADDIN_BASE_URL: an https address, with a trailing slash added", () => {
  expect(config.parseBaseUrl("https://intranet.region.se/regionrapport")).toBe("https://intranet.region.se/regionrapport/");
  expect(config.parseBaseUrl(" https://host.example/ ")).toBe("https://host.example/");
  expect(() => config.parseBaseUrl(undefined)).toThrow(/ADDIN_BASE_URL is not set/);
  expect(() => config.parseBaseUrl("http://host.example/")).toThrow(/must use https/);
  expect(() => config.parseBaseUrl("https://host.example/?a=1")).toThrow(/without \?query/);
  expect(() => config.parseBaseUrl("host.example")).toThrow(/is not a URL/);
});

test("the manifest Version is package.json's major.minor.patch and .0", () => {
  expect(config.manifestVersion("0.1.0")).toBe("0.1.0.0");
  expect(config.manifestVersion("12.3.45")).toBe("12.3.45.0");
  expect(() => config.manifestVersion("1.0.0-beta.1")).toThrow(/pre-release/);
});

test("the production manifest: every dev URL on the base, AppDomain the origin, no comments, the Version given", () => {
  const out = config.productionManifest(manifest, "https://h.example/rr/", { packageVersion: "2.3.4", supportUrl: "https://support.example/regionrapport" });
  expect(out).not.toMatch(/localhost|<!--/);
  expect(out).toContain('<SourceLocation DefaultValue="https://h.example/rr/taskpane.html"/>');
  expect(out).toContain("<AppDomain>https://h.example</AppDomain>");
  expect(out).toContain("<Version>2.3.4.0</Version>");
  expect(out).toContain('<SupportUrl DefaultValue="https://support.example/regionrapport"/>');
  expect(out.match(/https:\/\/h\.example\/rr\//g)).toHaveLength(manifest.match(/https:\/\/localhost:3000\//g)!.length - 1);
});
