import { writeFile } from "node:fs/promises";
import { todayInSweden } from "../core/dates";
import type { SheetGrid } from "../core/grid";
import { buildPublication, NotAMasterError, publicationInput, publicationYear, readMasterContent, tableSpan } from "../core/publication";
import { REGIONS } from "../core/regions";
import { ACTIVITY_TABLES, FORM_TABLE } from "../core/tables";
import { loadWorkbook } from "../xlsx";
import { parse, requiredString, UsageError } from "./args";
import type { Lang } from "./lang";
import { assertExtension, assertWritable } from "./output";
import { parseYear } from "./template";

export const PUBLISH_USAGE = `regionrapport publish MASTER.xlsx --out SAMMANSTALLNING.docx [--year ÅR] [--appendix] [--lang sv|en]
  Gör den publicerade sammanställningen av en sammanställning (master) som Word-dokument (.docx):
  titelsida, innehållsförteckning, tabell 1–7 med regionernas rader i publiceringsordning (A4 liggande,
  rubrikraden upprepad på varje sida) och tabell 8 med varje regions svar på de sex frågorna.
  --out        dokumentet att skriva (krävs, .docx)
  --year       redovisningsåret på titelsidan (standard: det sammanställningen anger, annars året före i år)
  --appendix   lägger till en bilaga: målöversikten och raderna som sammanställningen avvisade
  --lang       språk för hjälp och meddelanden: sv (standard) eller en (dokumentet är på svenska)
  Slutkod: 0 dokumentet skrevs, 1 filen är ingen sammanställning, 2 felaktigt anrop eller en fil som
  inte kan läsas eller skrivas.`;

export const PUBLISH_USAGE_EN = `regionrapport publish MASTER.xlsx --out COMPILATION.docx [--year YEAR] [--appendix] [--lang sv|en]
  Makes the published compilation from a master as a Word document (.docx): a title page, contents,
  tables 1–7 with the regions' rows in publication order (A4 landscape, the heading row repeated on
  every page) and table 8 with each region's answers to the six questions.
  --out        the document to write (required, .docx)
  --year       the report year on the title page (default: the one the master gives, else the year before this one)
  --appendix   adds an appendix: the goal coverage and the rows the master rejected
  --lang       language of help and messages: sv (default) or en (the document is in Swedish)
  Exit code: 0 document written, 1 the file is not a master, 2 bad call or a file that cannot be
  read or written.`;

const TEXTS = {
  sv: {
    oneMaster: "Ange en sammanställning (.xlsx) att publicera.",
    reading: (file: string) => `Läser ${file} …`,
    making: "Gör dokumentet och räknar ut sidnumren till innehållsförteckningen (det tar en stund) …",
    notAMaster: (file: string) => `Fel: ${file}: arbetsboken är ingen sammanställning (inget tabellblad har källkolumnerna Källfil, Källblad och Källrad). Gör en med regionrapport consolidate.`,
    written: (year: number, out: string) => `Sammanställningen för ${year} skriven till ${out}.`,
    counts: (rows: number, tables: string, answers: number, form: number, regions: number) => `${rows} rader i tabell ${tables} och ${answers} svar i tabell ${form}; ${regions} av ${REGIONS.length} regioner.`,
    missing: (names: string) => `Saknas: ${names}.`,
    rejected: (n: number, appendix: boolean) => `${n} rader är inte med (avvisade vid sammanställningen)${appendix ? ": se bilagan." : "; --appendix listar dem i en bilaga."}`,
    defaultYear: (year: number) => `Redovisningsår ${year} (året före i år: sammanställningen anger inget); ange ett annat med --year.`,
    masterYear: (year: number) => `Redovisningsår ${year}, som sammanställningen anger; ange ett annat med --year.`,
  },
  en: {
    oneMaster: "Give one master (.xlsx) to publish.",
    reading: (file: string) => `Reading ${file} …`,
    making: "Making the document and working out the contents' page numbers (this takes a while) …",
    notAMaster: (file: string) => `Error: ${file}: the workbook is not a master (no table sheet has the lineage columns Källfil, Källblad and Källrad). Make one with regionrapport consolidate.`,
    written: (year: number, out: string) => `The compilation for ${year} written to ${out}.`,
    counts: (rows: number, tables: string, answers: number, form: number, regions: number) => `${rows} rows in tables ${tables} and ${answers} answers in table ${form}; ${regions} of ${REGIONS.length} regions.`,
    missing: (names: string) => `Missing: ${names}.`,
    rejected: (n: number, appendix: boolean) => `${n} rows are not included (rejected by the consolidation)${appendix ? ": see the appendix." : "; --appendix lists them in an appendix."}`,
    defaultYear: (year: number) => `Report year ${year} (the year before this one: the master gives none); give another with --year.`,
    masterYear: (year: number) => `Report year ${year}, as the master gives it; give another with --year.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export interface PublishOptions {
  /** The report year on the title page; without it, the year the master records, else the year before this one. */
  year?: number;
  /** ISO date on the title page. */
  date: string;
  appendix: boolean;
  /** Work out the contents' page numbers (seconds for a full year); without it Word fills them in. */
  pageNumbers?: boolean;
}

/** A master's grids as the document's bytes, with what the summary says. */
export async function publishGrids(grids: SheetGrid[], options: PublishOptions) {
  const content = readMasterContent(grids);
  const { year, from: yearFrom } = publicationYear(content, options.year);
  const document = buildPublication(publicationInput(content, { ...options, year }));
  // The .docx writer is loaded when a publication is written: every other command starts without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { estimatePageNumbers, publicationDocx } = require("../docx") as typeof import("../docx");
  const bytes = await publicationDocx(document, options.pageNumbers === false ? {} : { pageNumbers: estimatePageNumbers });
  return { bytes, document, content, year, yearFrom };
}

// The date in Sweden, not UTC (the title page and Skapad are read by Swedish users).
const today = () => todayInSweden();

export async function publishCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals, lang } = parse(args, { out: { type: "string" }, year: { type: "string" }, appendix: { type: "boolean" } });
  const t = TEXTS[lang];
  if (positionals.length !== 1) throw new UsageError(t.oneMaster);
  const out = requiredString(values, "out");
  assertExtension(out, [".docx"], "--out", lang);
  const asked = typeof values.year === "string" ? parseYear(values, lang) : undefined;
  await assertWritable(out, lang);
  const [file] = positionals;
  error(t.reading(file));
  const grids = (await loadWorkbook(file)).sheets;
  error(t.making);
  let made;
  try {
    made = await publishGrids(grids, { ...(asked !== undefined ? { year: asked } : {}), date: today(), appendix: values.appendix === true });
  } catch (caught) {
    if (caught instanceof NotAMasterError) {
      error(t.notAMaster(file));
      return 1;
    }
    throw caught;
  }
  await writeFile(out, made.bytes);
  const { master, rejected } = made.content;
  const { year } = made;
  const rows = ACTIVITY_TABLES.reduce((n, def) => n + master.activity[def.number].length, 0);
  const answers = master.form.reduce((n, f) => n + f.answers.length, 0);
  log(t.written(year, out));
  log(t.counts(rows, tableSpan(ACTIVITY_TABLES), answers, FORM_TABLE.number, made.document.regions.length));
  if (made.document.missingRegions.length) log(t.missing(made.document.missingRegions.join(", ")));
  if (rejected.length) log(t.rejected(rejected.length, values.appendix === true));
  if (made.yearFrom === "master") log(t.masterYear(year));
  if (made.yearFrom === "default") log(t.defaultYear(year));
  return 0;
}
