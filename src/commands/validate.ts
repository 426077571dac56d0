import type { ExcelRun } from "../excel";

export async function validateFromRibbon(run: ExcelRun): Promise<void> {
  void run;
  throw new Error("not yet");
}
