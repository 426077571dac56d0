import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { SampleData } from "../core/sample";

/** The bundled 2023 sample data; lib/cli/ and src/cli/ both sit two levels below the package root. */
export const SAMPLE_FILE = path.join(__dirname, "..", "..", "data", "sample-2023.json");

export function loadSampleData(file = SAMPLE_FILE): SampleData {
  return JSON.parse(readFileSync(file, "utf8")) as SampleData;
}
