import { promises as fs } from "node:fs";
import { actionsOf, MappingError, parseMappings } from "../core/consolidation";
import type { SheetMapping } from "../core/recognise";
import { normalizeRegion, REGIONS, type Region } from "../core/regions";
import { parse, requiredString, UsageError } from "./args";
import { assertExtension } from "./output";
import { formatSummary, jsonSummary } from "./consolidateSummary";
import { NoMasterError, runConsolidation } from "./consolidateRun";
import { CONSOLIDATE_TEXTS, type ConsolidateTexts } from "./consolidateTexts";
import { TEXTS } from "./lang";

export { formatSummary, jsonSummary } from "./consolidateSummary";
export { NoMasterError, runConsolidation, type ConsolidationOutcome, type ConsolidationRun } from "./consolidateRun";

export const CONSOLIDATE_USAGE = `regionrapport consolidate FIL|MAPP... --out MASTER.xlsx [--json] [--previous TIDIGARE.xlsx] [--choose "Region=fil.xlsx"]... [--map MAPPNING.json]
  Sammanställer regionernas arbetsböcker (.xlsx) till en sammanställning: tabell 1–8 med varje rads
  källa (kolumnerna Källfil, Källblad, Källrad, dolda), Sammanställning (21 regioner × 8 tabeller,
  avstämning per fil), Avvisat (varje rad som inte togs med, och varför) och Målöversikt. En mapp
  betyder varje .xlsx-fil i den (inte i undermappar; Excels låsfiler "~$…" hoppas över). Filer som
  inte kan läsas nämns, och de andra sammanställs ändå. Förloppet, en rad per fil, skrivs på stderr;
  sedan en sammanfattning som börjar med det som behöver åtgärdas (regioner och tabeller som saknas,
  filer som inte lästes, blad att mappa, avvisade rader per skäl), sedan filer, rader lästa = i
  sammanställningen + avvisade per fil, dubbletter och vilken fil som används, fel och varningar.
  --out        filen att skriva sammanställningen till (krävs)
  --previous   en tidigare sammanställning: regioner utan ny arbetsbok behåller sina rader därifrån,
               en region med ny arbetsbok ersätter exakt sina egna rader, och bladet Ändringar visar
               vad som lagts till, tagits bort och ändrats
  --choose     "Region=fil.xlsx": filen som ska användas när en region har skickat flera arbetsböcker
               (annars den nyaste enligt informationsbladets Skapad, sedan filens datum); kan upprepas
  --map        en JSON-fil med mappningar för blad som inte känns igen: en lista av
               {"file": "fil.xlsx", "sheet": "Blad2", "table": 2, "headerRow": 3,
                "columns": {"activity": "B", "outputs": "C"}} ("file", "headerRow" och "columns" kan
               utelämnas); mappningarna sparas i sammanställningen och används igen nästa gång
  --json       skriver i stället ett JSON-objekt på stdout med nycklarna out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells, changes
               (null utan --previous), actions (det som behöver åtgärdas) och mappings
  Slutkod: 0 sammanställningen skrevs och är komplett (alla regioner och tabeller, inga avvisade
  rader), 1 den skrevs men rader avvisades eller regioner/tabeller saknas, 2 ingen kunde skrivas
  (ingen läsbar arbetsbok med någon tabell, eller utfilen kan inte skrivas) eller felaktigt anrop.`;

export const CONSOLIDATE_USAGE_EN = `regionrapport consolidate FILE|FOLDER... --out MASTER.xlsx [--json] [--previous EARLIER.xlsx] [--choose "Region=file.xlsx"]... [--map MAPPING.json] [--lang sv|en]
  Merges the regions' workbooks (.xlsx) into one master: tables 1–8 with each row's source (the
  columns Källfil, Källblad, Källrad, hidden), Sammanställning (21 regions × 8 tables, reconciliation
  per file), Avvisat (every row that was not taken, and why) and Målöversikt. A folder means every
  .xlsx file in it (not in subfolders; Excel's lock files "~$…" are skipped). Files that cannot be
  read are named, and the others are merged all the same. The progress, one line per file, goes to
  stderr; then a summary that opens with what needs doing (regions and tables missing, files not
  read, sheets to map, rows rejected by reason), then files, rows read = in the master + rejected
  per file, duplicates and which file is used, errors and warnings.
  (The master workbook is in Swedish; the progress, the summary and the messages follow --lang.)
  --out        the file to write the master to (.xlsx, required)
  --previous   an earlier master: regions without a new workbook keep their rows from it, a region
               with a new workbook replaces exactly its own rows, and the sheet Ändringar shows what
               was added, removed and changed
  --choose     "Region=file.xlsx": the file to use when a region has sent several workbooks
               (otherwise the newest by the information sheet's Skapad, then the file's date); repeatable
  --map        a JSON file of mappings for sheets that are not recognised: a list of
               {"file": "file.xlsx", "sheet": "Blad2", "table": 2, "headerRow": 3,
                "columns": {"activity": "B", "outputs": "C"}} ("file", "headerRow" and "columns" may
               be left out); the mappings are kept in the master and used again next time
  --json       prints instead one JSON object on stdout with the keys out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells, changes
               (null without --previous), actions (what needs doing) and mappings
  --lang       language of this help, the progress, the summary and the messages: sv (default) or en
  Exit code: 0 the master was written and is complete (every region and table, no row rejected),
  1 it was written but rows were rejected or regions/tables are missing, 2 none could be written
  (no readable workbook with any table, or the output file cannot be written) or a bad call.`;

function parseChoices(values: string[], t: ConsolidateTexts): Partial<Record<Region, string>> {
  const choices: Partial<Record<Region, string>> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at < 0) throw new UsageError(t.chooseForm(value));
    const given = value.slice(0, at).trim();
    const region = normalizeRegion(given);
    if (!region) throw new UsageError(t.chooseRegion(given, REGIONS.join(", ")));
    const file = value.slice(at + 1).trim();
    if (!file) throw new UsageError(t.chooseNoFile(given));
    choices[region] = file;
  }
  return choices;
}

export async function consolidateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals, lang } = parse(args, {
    out: { type: "string" },
    json: { type: "boolean" },
    previous: { type: "string" },
    choose: { type: "string", multiple: true },
    map: { type: "string" },
  });
  const out = requiredString(values, "out");
  const t = CONSOLIDATE_TEXTS[lang];
  assertExtension(out, [".xlsx"], "--out", lang);
  if (!positionals.length) throw new UsageError(t.noInputs);
  const json = values.json === true;
  const choices = parseChoices((values.choose as string[] | undefined) ?? [], t);
  let outcome;
  try {
    outcome = await runConsolidation({
      inputs: positionals,
      out,
      previous: typeof values.previous === "string" ? values.previous : undefined,
      choices,
      mappings: typeof values.map === "string" ? await readMappingFile(values.map, t) : undefined,
      progress: error,
      warn: (line) => error(`${t.note}: ${line}`),
      lang,
    });
  } catch (caught) {
    if (caught instanceof NoMasterError) {
      error(`${TEXTS[lang].error}: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
  if (json) log(JSON.stringify(jsonSummary(outcome.result, out), null, 2));
  else for (const line of formatSummary(outcome.result, out, lang)) log(line);
  return actionsOf(outcome.result).complete ? 0 : 1;
}

/** A --map file: JSON, checked field by field, every problem named with the mapping it is in. */
async function readMappingFile(file: string, t: ConsolidateTexts): Promise<SheetMapping[]> {
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    throw new UsageError(`--map ${file}: ${code === "ENOENT" ? t.mapNoFile : t.mapNotJson((caught as Error).message)}.`);
  }
  try {
    return parseMappings(data);
  } catch (caught) {
    if (!(caught instanceof MappingError)) throw caught;
    const lines = caught.problems.map((p) => `${p.index ? t.mapping(p.index) : ""}${t.mappingProblem[p.code]} (${p.value})`);
    throw new UsageError(`--map ${file}: ${lines.join("; ")}.`);
  }
}
