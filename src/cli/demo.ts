import { mkdir, writeFile } from "node:fs/promises";
import { todayInSweden } from "../core/dates";
import * as path from "node:path";
import { reportsFromSample } from "../core/sample";
import { buildTemplate } from "../core/template";
import { loadWorkbook, writeSpecToFile } from "../xlsx";
import { parse } from "./args";
import { formatSummary, NoMasterError, runConsolidation } from "./consolidate";
import { CONSOLIDATE_TEXTS } from "./consolidateTexts";
import { publishGrids } from "./publish";
import { loadSampleData } from "./sampleFile";

export const DEMO_USAGE = `regionrapport demo [--out MAPP] [--lang sv|en]
  Skriver de 21 regionernas arbetsböcker för 2023, ifyllda med raderna ur den publicerade
  sammanställningen, i MAPP/regioner/ (standard: out/regioner/) och sammanställer dem sedan till
  MAPP/master.xlsx, som consolidate gör, med sammanfattningen. Till sist görs den publicerade
  sammanställningen av master.xlsx, som publish --appendix gör: MAPP/sammanstallning.docx.
  --lang  språk för hjälp, meddelanden och sammanfattningen: sv (standard) eller en
  Slutkod: 0 klart, 2 en fil kan inte skrivas.`;

export const DEMO_USAGE_EN = `regionrapport demo [--out FOLDER] [--lang sv|en]
  Writes the 21 regions' workbooks for 2023, filled with the rows of the published compilation, to
  FOLDER/regioner/ (default: out/regioner/) and then merges them into FOLDER/master.xlsx, as
  consolidate does, with the summary. Last, the published compilation is made from master.xlsx,
  as publish --appendix does: FOLDER/sammanstallning.docx.
  --lang  language of help, messages and the summary: sv (default) or en
  Exit code: 0 done, 2 a file cannot be written.`;

/** The demo's master, in the output folder beside regioner/. */
export const DEMO_MASTER = "master.xlsx";
/** The demo's publication, made from the master file. */
export const DEMO_PUBLICATION = "sammanstallning.docx";

/** File name of a region's workbook in the demo folder. */
export function regionalFileName(region: string, year: number): string {
  return `${year} ${region}.xlsx`;
}

export async function demoCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, lang } = parse(args, { out: { type: "string" } }, false);
  const en = lang === "en";
  const outDir = typeof values.out === "string" ? values.out : "out";
  const regionDir = path.join(outDir, "regioner");
  await mkdir(regionDir, { recursive: true });
  const reports = reportsFromSample(loadSampleData());
  let rows = 0;
  for (const [index, report] of reports.entries()) {
    const file = path.join(regionDir, regionalFileName(report.region, report.year));
    await writeSpecToFile(buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8 }), file);
    const count = Object.values(report.tables).reduce((sum, t) => sum + t.length, 0);
    rows += count;
    log(
      en
        ? `[${index + 1}/${reports.length}] ${report.region}: ${count} rows in tables 1–7, ${report.table8.length} answers in table 8 → ${file}`
        : `[${index + 1}/${reports.length}] ${report.region}: ${count} rader i tabell 1–7, ${report.table8.length} svar i tabell 8 → ${file}`
    );
  }
  log(en ? `Done: ${reports.length} regional workbooks with ${rows} rows in ${regionDir}.` : `Klart: ${reports.length} regionala arbetsböcker med ${rows} rader i ${regionDir}.`);

  const out = path.join(outDir, DEMO_MASTER);
  log("");
  log(en ? `Merging ${regionDir} into ${out}:` : `Sammanställer ${regionDir} till ${out}:`);
  try {
    const { result } = await runConsolidation({ inputs: [regionDir], out, progress: log, warn: (line) => error(`${CONSOLIDATE_TEXTS[lang].note}: ${line}`), lang });
    log("");
    for (const line of formatSummary(result, out, lang)) log(line);
  } catch (caught) {
    if (caught instanceof NoMasterError) {
      error(`${en ? "Error" : "Fel"}: ${caught.message}`);
      return 2;
    }
    throw caught;
  }

  // From the master file, as publish does, so the demo shows the whole path.
  const document = path.join(outDir, DEMO_PUBLICATION);
  log("");
  log(en ? `Making the published compilation from ${out}: ${document}` : `Gör den publicerade sammanställningen av ${out}: ${document}`);
  const made = await publishGrids((await loadWorkbook(out)).sheets, { year: reports[0].year, date: todayInSweden(), appendix: true });
  await writeFile(document, made.bytes);
  const regions = made.document.regions.length;
  log(en ? `Done: ${document} (${regions} regions, with the appendix).` : `Klart: ${document} (${regions} regioner, med bilaga).`);
  return 0;
}
