// ESLint (flat config), `npm run lint`, part of `npm test`:
// - ESLint's and typescript-eslint's recommended rules;
// - Microsoft's Office add-in rules (eslint-plugin-office-addins: load before read, sync after load,
//   no sync in loops, …) — the rules of its recommended config, without its Prettier formatting;
// - the project's import boundaries (eslint/boundaries.js): the core imports no adapter, the task pane
//   loads src/xlsx only lazily, folders are entered through their index.
const js = require("@eslint/js");
const globals = require("globals");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const boundaries = require("./eslint/boundaries");

/** The Office rules of eslint-plugin-office-addins' recommended config, as Microsoft sets them. */
const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "lib/**", "out/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // The in-memory workbook's range proxy hands itself to the setter objects it builds.
      "@typescript-eslint/no-this-alias": ["error", { allowedNames: ["range"] }],
    },
  },
  {
    // Office.js code lives in src/ (the tests' exceljs cells look like Office ranges to these rules).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    files: ["test/**"],
    rules: {
      // jest.isolateModules needs require(); fixtures build zip bytes with control characters on purpose.
      "@typescript-eslint/no-require-imports": "off",
      "no-control-regex": "off",
    },
  },
  {
    files: ["test/support/jsdomSetup.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node scripts and configuration in CommonJS.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { regionrapport: boundaries },
    rules: {
      "regionrapport/core-no-adapters": "error",
      "regionrapport/pane-xlsx-lazy": "error",
      "regionrapport/through-index": "error",
    },
  },
);
