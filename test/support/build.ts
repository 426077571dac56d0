/**
 * The production build the build test and the end-to-end tests share: one run of scripts/test-build.js
 * per jest run, started by globalSetup.js (or by the first test that needs it) in a process of its own,
 * so webpack works while the unit tests run. Tests wait for it with `await testBuild()`.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BUILD_DIR = path.join(ROOT, "out", "test-build");
/** The base URL the test build is made for (nothing is ever served from it). */
export const TEST_BASE_URL = "https://regionrapport.test.example/addin/";
/** Test folders whose files need the build; the sequencer runs them last, after the unit tests. */
export const NEEDS_BUILD = ["test/build", "test/e2e"];
/** The environment variable that names this jest run's build. */
export const RUN_VARIABLE = "REGIONRAPPORT_TEST_BUILD";

interface Status {
  id: string;
  state: "running" | "done" | "failed";
  pid: number;
  message?: string;
}

function readStatus(): Status | undefined {
  try {
    return JSON.parse(readFileSync(path.join(BUILD_DIR, "status.json"), "utf8")) as Status;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the build for run `id` unless some process already did (a marker file decides, atomically). */
export function startTestBuild(id: string): ReturnType<typeof spawn> | undefined {
  mkdirSync(BUILD_DIR, { recursive: true });
  try {
    closeSync(openSync(path.join(BUILD_DIR, `started-${id}`), "wx"));
  } catch {
    return undefined; // another worker (or globalSetup) started it
  }
  const log = openSync(path.join(BUILD_DIR, "build.log"), "w");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "test-build.js"), id, TEST_BASE_URL], {
    cwd: ROOT,
    stdio: ["ignore", log, log],
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true" },
  });
  closeSync(log);
  return child;
}

/** How long a test's beforeAll may wait for the build (jest's hook timeout; the build takes a minute or two). */
export const BUILD_WAIT = 20 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for this run's build and returns its two folders; throws with webpack's errors if it failed. */
export async function testBuild(): Promise<{ addin: string; preview: string }> {
  let id = process.env[RUN_VARIABLE];
  if (!id) {
    // Not started by globalSetup (a run it did not foresee): the first test that needs it starts it.
    id = `run-${process.ppid}`;
    process.env[RUN_VARIABLE] = id;
    startTestBuild(id);
  }
  // A generous bound so a builder that died without a word cannot hang the run for ever.
  const deadline = Date.now() + BUILD_WAIT - 10_000;
  for (;;) {
    const status = readStatus();
    if (status?.id === id && status.state === "done") break;
    if (status?.id === id && status.state === "failed") throw new Error(`The test build failed:\n${status.message ?? ""}`);
    if (status?.id === id && status.state === "running" && !alive(status.pid)) throw new Error(`The test build (pid ${status.pid}) stopped without finishing; see ${path.join(BUILD_DIR, "build.log")}.`);
    if (Date.now() > deadline) throw new Error(`The test build did not finish; see ${path.join(BUILD_DIR, "build.log")}.`);
    await sleep(500);
  }
  const dirs = { addin: path.join(BUILD_DIR, "addin"), preview: path.join(BUILD_DIR, "preview") };
  if (!existsSync(path.join(dirs.preview, "preview.html"))) throw new Error(`${dirs.preview} has no preview.html`);
  return dirs;
}
