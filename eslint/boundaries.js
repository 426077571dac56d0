/*
 * The project's import boundaries as ESLint rules (plugin "regionrapport", used by eslint.config.js):
 *
 *   core-no-adapters   src/core is the domain: it imports no adapter (src/xlsx, src/excel, src/taskpane,
 *                      src/commands, src/cli, src/preview, src/testing) and no library of one (exceljs,
 *                      office.js, React, Fluent UI, Node's built-in modules), not even for types.
 *   pane-xlsx-lazy     src/taskpane takes src/xlsx only through a dynamic import() of one of its browser
 *                      entries (src/xlsx/browser.ts, the reader; src/xlsx/browserWrite.ts, the writer,
 *                      exceljs), so neither is in the pane's first bundle. Type-only imports are fine.
 *   through-index      a folder with an index.ts is entered through it (or its browser.ts): code outside
 *                      the folder imports the index, never a file inside. Within a folder anything goes.
 *
 * Imports are resolved the way TypeScript does here (".js" may name a ".ts" file; a folder means its
 * index), relative to the importing file; packages are matched by name.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { builtinModules } = require("node:module");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const CORE = path.join(SRC, "core");
const TASKPANE = path.join(SRC, "taskpane");
const XLSX = path.join(SRC, "xlsx");
const ADAPTERS = ["xlsx", "excel", "taskpane", "commands", "cli", "preview", "testing"].map((d) => path.join(SRC, d));
/** Packages that belong to an adapter; a name matches itself and its sub-paths. */
const ADAPTER_PACKAGES = ["exceljs", "@microsoft/office-js", "office-js", "react", "react-dom", "@fluentui", "@testing-library"];
/** A folder's public entries: its index and, for src/xlsx, the browser faces (reader and writer). */
const ENTRIES = ["index", "browser", "browserWrite"];
const PANE_XLSX_ENTRIES = ["browser.ts", "browserWrite.ts"].map((f) => path.join(XLSX, f));
const EXTENSIONS = [".ts", ".tsx", ".js"];

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);

/** The file a relative import names, or the bare path when no file matches (still good for folder checks). */
function resolveImport(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  const stem = base.replace(/\.(js|jsx|mjs|cjs)$/, "");
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? base;
}

function isBuiltin(spec) {
  return spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0]);
}

function adapterPackage(spec) {
  return ADAPTER_PACKAGES.find((p) => spec === p || spec.startsWith(p + "/"));
}

/** Folders (inside src/) that hold an index.ts, from the outermost down to the one holding `file`. */
function indexedFolders(file) {
  const out = [];
  for (let dir = path.dirname(file); inside(dir, SRC) && dir !== SRC; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "index.ts"))) out.unshift(dir);
  }
  return out;
}

const rel = (file) => path.relative(ROOT, file).split(path.sep).join("/");

/** Calls `check(node, spec, kind)` for every import the file makes: kind is "static", "type" or "dynamic". */
function imports(check) {
  const literal = (node) => (node && node.type === "Literal" && typeof node.value === "string" ? node.value : undefined);
  const staticKind = (node) => (node.importKind === "type" || node.exportKind === "type" ? "type" : "static");
  return {
    ImportDeclaration(node) {
      const allTypes = node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type");
      check(node, node.source.value, allTypes ? "type" : staticKind(node));
    },
    ExportNamedDeclaration(node) {
      if (node.source) check(node, node.source.value, staticKind(node));
    },
    ExportAllDeclaration(node) {
      check(node, node.source.value, staticKind(node));
    },
    ImportExpression(node) {
      const spec = literal(node.source);
      if (spec) check(node, spec, "dynamic");
    },
    CallExpression(node) {
      if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length === 1) {
        const spec = literal(node.arguments[0]);
        if (spec) check(node, spec, "static");
      }
    },
  };
}

const coreNoAdapters = {
  meta: {
    type: "problem",
    docs: { description: "src/core imports no adapter and no adapter's library" },
    schema: [],
    messages: {
      adapter: "src/core must not import the adapter {{target}}: adapters depend on the core, never the reverse.",
      package: "src/core must not import {{name}}: the core is free of Office, React and file formats (that is an adapter's job).",
    },
  },
  create(context) {
    const file = context.filename;
    if (!inside(file, CORE)) return {};
    return imports((node, spec) => {
      if (spec.startsWith(".")) {
        const target = resolveImport(file, spec);
        const adapter = ADAPTERS.find((dir) => inside(target, dir));
        if (adapter) context.report({ node, messageId: "adapter", data: { target: rel(target) } });
      } else if (adapterPackage(spec) || isBuiltin(spec)) {
        context.report({ node, messageId: "package", data: { name: spec } });
      }
    });
  },
};

const paneXlsxLazy = {
  meta: {
    type: "problem",
    docs: { description: "src/taskpane loads src/xlsx only lazily, through its browser-safe entry" },
    schema: [],
    messages: {
      static: 'The task pane must not import {{target}} statically: use `await import("../xlsx/browser.js")` where it is needed, so exceljs is not in the first bundle.',
      entry: "The task pane may load only src/xlsx/browser.ts or src/xlsx/browserWrite.ts; {{target}} is not.",
      exceljs: 'The task pane must not import exceljs: go through `await import("../xlsx/browser.js")`.',
    },
  },
  create(context) {
    const file = context.filename;
    if (!inside(file, TASKPANE)) return {};
    return imports((node, spec, kind) => {
      if (kind === "type") return;
      if (spec === "exceljs" || spec.startsWith("exceljs/")) {
        context.report({ node, messageId: "exceljs" });
        return;
      }
      if (!spec.startsWith(".")) return;
      const target = resolveImport(file, spec);
      if (!inside(target, XLSX)) return;
      if (kind !== "dynamic") context.report({ node, messageId: "static", data: { target: rel(target) } });
      else if (!PANE_XLSX_ENTRIES.includes(target)) context.report({ node, messageId: "entry", data: { target: rel(target) } });
    });
  },
};

const throughIndex = {
  meta: {
    type: "problem",
    docs: { description: "a folder with an index.ts is imported through it from outside" },
    schema: [],
    messages: {
      bypass: "{{target}} is inside {{folder}}/, which is entered through its index: import {{entry}} instead.",
    },
  },
  create(context) {
    const file = context.filename;
    if (!inside(file, SRC)) return {};
    return imports((node, spec) => {
      if (!spec.startsWith(".")) return;
      const target = resolveImport(file, spec);
      for (const folder of indexedFolders(target)) {
        if (inside(file, folder)) continue; // within a folder, relative imports are fine
        const entry = path.relative(folder, target).replace(/\.(tsx?|js)$/, "");
        if (ENTRIES.includes(entry) && path.dirname(target) === folder) continue;
        const suggestion = path.relative(path.dirname(file), folder).split(path.sep).join("/");
        context.report({ node, messageId: "bypass", data: { target: rel(target), folder: rel(folder), entry: `"${suggestion.startsWith(".") ? suggestion : `./${suggestion}`}"` } });
        return;
      }
    });
  },
};

module.exports = {
  meta: { name: "regionrapport-boundaries" },
  rules: { "core-no-adapters": coreNoAdapters, "pane-xlsx-lazy": paneXlsxLazy, "through-index": throughIndex },
};
