/** Jest runs every test in test/: core and adapters in Node, components in jsdom (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    "\\.(css|png)$": "<rootDir>/test/support/fileStub.js",
  },
  setupFiles: ["<rootDir>/test/support/jsdomSetup.js"],
  // Component tests run in jsdom, but modules should resolve as in Node (exceljs pulls in uuid, whose browser build is ESM).
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 30000,
};
