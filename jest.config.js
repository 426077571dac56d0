/**
 * Jest runs every test in test/: core and adapters in Node, components in jsdom (per-file docblock).
 * The build test and the end-to-end tests share one production build that starts in the background
 * (globalSetup) and are run last (sequencer) so the unit tests fill the wait.
 */
const os = require("node:os");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    "\\.(css|png)$": "<rootDir>/test/support/fileStub.js",
  },
  setupFiles: ["<rootDir>/test/support/jsdomSetup.js"],
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
  testSequencer: "<rootDir>/test/support/sequencer.js",
  // One worker per core: on the 2-core machines, two workers (jest's default would be one).
  maxWorkers: Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length),
  // Component tests run in jsdom, but modules should resolve as in Node (exceljs pulls in uuid, whose browser build is ESM).
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 30000,
};
