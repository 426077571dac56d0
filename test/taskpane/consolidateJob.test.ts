import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { createJobHost, type JobReply } from "../../src/taskpane/consolidateJob";
import { consolidationInput, writeSpecToBuffer } from "../../src/xlsx";
import * as fs from "node:fs";
import * as path from "node:path";

/** The worker's job, run in Node as the Worker runs it: replies in order, the result as consolidate gives it. */
const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);

async function bytesOf(region: string): Promise<Uint8Array> {
  const report = reports.find((r) => r.region === region)!;
  return new Uint8Array(await writeSpecToBuffer(buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" })));
}

const units = (region: string) => {
  const report = reports.find((r) => r.region === region)!;
  return Object.values(report.tables).flat().length + report.table8.length;
};

test("reads each file with progress, consolidates, and answers a choice of file without reading again", async () => {
  const replies: JobReply[] = [];
  const read: string[] = [];
  const host = createJobHost(
    (reply) => replies.push(reply),
    async (file, bytes, date) => {
      read.push(file);
      return consolidationInput(file, bytes, date);
    }
  );
  const files = [
    { name: "Gotland.xlsx", lastModified: Date.UTC(2024, 1, 1), data: await bytesOf("Gotland") },
    { name: "Kalmar.xlsx", lastModified: Date.UTC(2024, 1, 2), data: await bytesOf("Kalmar") },
    { name: "Kalmar-2.xlsx", lastModified: Date.UTC(2024, 1, 3), data: await bytesOf("Kalmar") },
  ];
  await host.handle({ kind: "start", files, runDate: "2024-02-10" });
  expect(replies.map((r) => (r.kind === "reading" ? `reading ${r.done}/${r.total} ${r.file}` : r.kind))).toEqual([
    "reading 0/3 Gotland.xlsx",
    "reading 1/3 Kalmar.xlsx",
    "reading 2/3 Kalmar-2.xlsx",
    "consolidating",
    "done",
  ]);
  const done = replies[4] as Extract<JobReply, { kind: "done" }>;
  expect(done.result.reconciliation.total.rowsInMaster).toBe(units("Gotland") + units("Kalmar"));
  // Same Skapad: the later file date wins.
  expect(done.result.duplicates[0].used).toBe("Kalmar-2.xlsx");

  replies.length = 0;
  await host.handle({ kind: "choose", choices: { Kalmar: "Kalmar.xlsx" }, runDate: "2024-02-10" });
  expect(read).toHaveLength(3);
  const again = replies.find((r) => r.kind === "done") as Extract<JobReply, { kind: "done" }>;
  expect(again.result.duplicates[0].used).toBe("Kalmar.xlsx");

  replies.length = 0;
  await host.handle({ kind: "findings", file: "Gotland.xlsx", language: "en" });
  expect(replies[0].kind).toBe("findings");
});

test("a file that is no workbook is an input that says why, not a failed job", async () => {
  const replies: JobReply[] = [];
  const host = createJobHost((reply) => replies.push(reply), consolidationInput);
  await host.handle({ kind: "start", files: [{ name: "trasig.xlsx", lastModified: 0, data: new TextEncoder().encode("not a zip") }], runDate: "2024-02-10" });
  const done = replies.find((r) => r.kind === "done") as Extract<JobReply, { kind: "done" }>;
  expect(done.result.files[0]).toMatchObject({ file: "trasig.xlsx", status: "unreadable" });
});
