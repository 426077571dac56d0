/**
 * package.json tells the truth: `engines` is no wider than what every installed package (the lock file
 * records each one's engines) accepts, and the scripts Microsoft's add-in template has are there.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as semver from "semver";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; engines?: unknown; optional?: boolean }> };

test("engines.node is a range every dependency in the lock file accepts", () => {
  const ours = pkg.engines.node as string;
  expect(semver.validRange(ours)).not.toBeNull();
  const narrower = Object.entries(lock.packages)
    .filter(([name]) => name !== "")
    .flatMap(([name, entry]) => {
      const node = entry.engines && !Array.isArray(entry.engines) ? (entry.engines as { node?: string }).node : undefined;
      return node && semver.validRange(node) && !semver.subset(ours, node) ? [`${name}@${entry.version}: ${node}`] : [];
    });
  expect(narrower).toEqual([]);
});

test("the Node.js running the tests is one engines allows", () => {
  expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
});

test("scripts: build, dev server, preview, lint, validate, start/stop, test", () => {
  for (const name of ["build", "dev-server", "preview", "lint", "validate", "start", "stop", "test", "typecheck"]) expect(pkg.scripts[name]).toBeDefined();
  expect(pkg.scripts.test).toMatch(/npm run lint/);
  expect(pkg.scripts.start).toBe("office-addin-debugging start manifest.xml");
  // Optional: on a machine without an Office host (or without libsecret to build keytar) npm skips it.
  expect(pkg.optionalDependencies["office-addin-debugging"]).toBeDefined();
});

test("no dependency on the unused office-addin-mock or office-addin-manifest", () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  expect(Object.keys(all).filter((name) => ["office-addin-mock", "office-addin-manifest"].includes(name))).toEqual([]);
});
