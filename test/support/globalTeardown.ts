/** Stops the background build if the run ended before it did (a failing or interrupted run). */
import type { ChildProcess } from "node:child_process";

export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __regionrapportBuild?: ChildProcess }).__regionrapportBuild;
  if (child && child.exitCode === null && child.signalCode === null) child.kill();
}
