/**
 * Starts the shared production build (build.ts, scripts/test-build.js) in the background when this jest
 * run includes a test that needs it, so webpack and the unit tests use both cores at once.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { NEEDS_BUILD, ROOT, RUN_VARIABLE, startTestBuild } from "./build";

export default async function globalSetup(globalConfig: { testPathPattern?: string; listTests?: boolean }): Promise<void> {
  const pattern = globalConfig.testPathPattern;
  const files = NEEDS_BUILD.flatMap((dir) => readdirSync(path.join(ROOT, dir)).map((f) => path.join(ROOT, dir, f)));
  const selected = (file: string) => !pattern || new RegExp(pattern, "i").test(file);
  if (globalConfig.listTests || !files.some(selected)) return;
  const id = `run-${process.pid}-${Date.now()}`;
  process.env[RUN_VARIABLE] = id;
  const child = startTestBuild(id);
  (globalThis as { __regionrapportBuild?: unknown }).__regionrapportBuild = child;
}
