#!/usr/bin/env node
/*
 * `npm run validate [-- MANIFEST]`: checks an add-in manifest offline, as the tests do: XML Schema
 * validation against the vendored Office schemas (test/manifest/xsd) and the project's manifest lint
 * (resids, https URLs, icon files and sizes, SupportUrl/AppDomains, en-GB, the ribbon).
 * MANIFEST defaults to manifest.xml; give dist/manifest.xml to check a production build before it is
 * uploaded (its icons are then looked for in dist/assets). Exit code 0 valid, 1 problems, 2 bad call.
 * (Microsoft's `office-addin-manifest validate` sends the manifest to an online service instead.)
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const ts = require("typescript");

/** Loads a TypeScript module (the lint the tests use) without a build step. */
function requireTypeScript(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: file,
  });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(outputText, file);
  return m.exports;
}

async function main() {
  const file = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "manifest.xml"));
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file.`);
    return 2;
  }
  const lint = requireTypeScript(path.join(__dirname, "..", "test", "manifest", "manifestLint.ts"));
  const xml = fs.readFileSync(file, "utf8");
  const xsd = await lint.validateManifestXsd(xml, path.basename(file));
  const problems = lint.lintManifest(xml, { assetsDir: path.join(path.dirname(file), "assets") });
  for (const error of xsd.errors) console.error(`[schema] ${error}`);
  if (problems.length) console.error(lint.formatProblems(problems));
  if (!xsd.valid || problems.length) {
    console.error(`${path.relative(process.cwd(), file)}: ${xsd.errors.length} schema error(s), ${problems.length} lint problem(s).`);
    return 1;
  }
  console.log(`${path.relative(process.cwd(), file)} is valid: Office manifest schemas (test/manifest/xsd) and the manifest lint.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
