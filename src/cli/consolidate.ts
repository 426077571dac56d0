import { normalizeRegion, REGIONS, type Region } from "../core/regions";
import { parse, requiredString, UsageError } from "./args";
import { assertExtension } from "./output";
import { formatSummary, jsonSummary } from "./consolidateSummary";
import { NoMasterError, runConsolidation } from "./consolidateRun";

export { formatSummary, jsonSummary, REJECT_LABEL } from "./consolidateSummary";
export { NoMasterError, runConsolidation, type ConsolidationOutcome, type ConsolidationRun } from "./consolidateRun";

export const CONSOLIDATE_USAGE = `regionrapport consolidate FIL|MAPP... --out MASTER.xlsx [--json] [--previous TIDIGARE.xlsx] [--choose "Region=fil.xlsx"]...
  Sammanställer regionernas arbetsböcker (.xlsx) till en sammanställning: tabell 1–8 med varje rads
  källa (kolumnerna Källfil, Källblad, Källrad, dolda), Sammanställning (21 regioner × 8 tabeller,
  avstämning per fil), Avvisat (varje rad som inte togs med, och varför) och Målöversikt. En mapp
  betyder varje .xlsx-fil i den (inte i undermappar; Excels låsfiler "~$…" hoppas över). Filer som
  inte kan läsas nämns, och de andra sammanställs ändå. Förloppet, en rad per fil, skrivs på stderr;
  sedan en sammanfattning: filer, regioner som saknas, rader lästa = i sammanställningen + avvisade
  per fil, dubbletter och vilken fil som används, avvisade rader per skäl, fel och varningar.
  --out        filen att skriva sammanställningen till (krävs)
  --previous   en tidigare sammanställning: regioner utan ny arbetsbok behåller sina rader därifrån,
               en region med ny arbetsbok ersätter exakt sina egna rader, och bladet Ändringar visar
               vad som lagts till, tagits bort och ändrats
  --choose     "Region=fil.xlsx": filen som ska användas när en region har skickat flera arbetsböcker
               (annars den nyaste enligt informationsbladets Skapad, sedan filens datum); kan upprepas
  --json       skriver i stället ett JSON-objekt på stdout med nycklarna out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells och changes
               (null utan --previous)
  Slutkod: 0 sammanställningen skrevs, 2 ingen kunde skrivas (ingen läsbar arbetsbok med någon
  tabell, eller utfilen kan inte skrivas) eller felaktigt anrop.`;

export const CONSOLIDATE_USAGE_EN = `regionrapport consolidate FILE|FOLDER... --out MASTER.xlsx [--json] [--previous EARLIER.xlsx] [--choose "Region=file.xlsx"]... [--lang sv|en]
  Merges the regions' workbooks (.xlsx) into one master: tables 1–8 with each row's source (the
  columns Källfil, Källblad, Källrad, hidden), Sammanställning (21 regions × 8 tables, reconciliation
  per file), Avvisat (every row that was not taken, and why) and Målöversikt. A folder means every
  .xlsx file in it (not in subfolders; Excel's lock files "~$…" are skipped). Files that cannot be
  read are named, and the others are merged all the same. The progress, one line per file, goes to
  stderr; then a summary: files, missing regions, rows read = in the master + rejected per file,
  duplicates and which file is used, rejected rows by reason, errors and warnings.
  (The master and the summary are in Swedish; an English summary is to come.)
  --out        the file to write the master to (.xlsx, required)
  --previous   an earlier master: regions without a new workbook keep their rows from it, a region
               with a new workbook replaces exactly its own rows, and the sheet Ändringar shows what
               was added, removed and changed
  --choose     "Region=file.xlsx": the file to use when a region has sent several workbooks
               (otherwise the newest by the information sheet's Skapad, then the file's date); repeatable
  --json       prints instead one JSON object on stdout with the keys out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells and changes
               (null without --previous)
  --lang       language of this help and of the CLI's own messages: sv (default) or en
  Exit code: 0 the master was written, 2 none could be written (no readable workbook with any
  table, or the output file cannot be written) or a bad call.`;

function parseChoices(values: string[]): Partial<Record<Region, string>> {
  const choices: Partial<Record<Region, string>> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at < 0) throw new UsageError(`--choose ska vara "Region=fil.xlsx", inte "${value}".`);
    const given = value.slice(0, at).trim();
    const region = normalizeRegion(given);
    if (!region) throw new UsageError(`--choose: okänd region "${given}". Giltiga regioner: ${REGIONS.join(", ")}.`);
    const file = value.slice(at + 1).trim();
    if (!file) throw new UsageError(`--choose ${given}=: ange filen som ska användas.`);
    choices[region] = file;
  }
  return choices;
}

export async function consolidateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "boolean" },
    previous: { type: "string" },
    choose: { type: "string", multiple: true },
  });
  const out = requiredString(values, "out");
  assertExtension(out, [".xlsx"], "--out", values.lang === "en" ? "en" : "sv");
  if (!positionals.length) throw new UsageError("Ange minst en arbetsbok (.xlsx) eller mapp att sammanställa.");
  const json = values.json === true;
  const choices = parseChoices((values.choose as string[] | undefined) ?? []);
  let outcome;
  try {
    outcome = await runConsolidation({
      inputs: positionals,
      out,
      previous: typeof values.previous === "string" ? values.previous : undefined,
      choices,
      progress: error,
      warn: (line) => error(`Obs: ${line}`),
    });
  } catch (caught) {
    if (caught instanceof NoMasterError) {
      error(`Fel: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
  if (json) log(JSON.stringify(jsonSummary(outcome.result, out), null, 2));
  else for (const line of formatSummary(outcome.result, out)) log(line);
  return 0;
}
