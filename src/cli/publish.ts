import { writeFile } from "node:fs/promises";
import { buildPublication, NotAMasterError, publicationInput, readMasterContent } from "../core/publication";
import type { SheetGrid } from "../core/grid";
import { REGIONS } from "../core/regions";
import { ACTIVITY_TABLES, FORM_TABLE } from "../core/tables";
import { publicationDocx } from "../docx";
import { estimatePageNumbers } from "../docx/pageNumbers";
import { loadWorkbook } from "../xlsx";
import { parse, requiredString, UsageError } from "./args";
import { assertWritable } from "./output";
import { parseYear } from "./template";

export const PUBLISH_USAGE = `regionrapport publish MASTER.xlsx --out SAMMANSTALLNING.docx [--year ÅR] [--appendix]
  Gör den publicerade sammanställningen av en sammanställning (master) som Word-dokument (.docx):
  titelsida, innehållsförteckning, tabell 1–7 med regionernas rader i publiceringsordning (A4 liggande,
  rubrikraden upprepad på varje sida) och tabell 8 med varje regions svar på de sex frågorna.
  --out        dokumentet att skriva (krävs, ska sluta på .docx)
  --year       redovisningsåret på titelsidan (standard: året före i år)
  --appendix   lägger till en bilaga: målöversikten och raderna som sammanställningen avvisade
  Slutkod: 0 dokumentet skrevs, 1 filen är ingen sammanställning, 2 felaktigt anrop eller en fil som
  inte kan läsas eller skrivas.`;

export interface PublishOptions {
  year: number;
  /** ISO date on the title page. */
  date: string;
  appendix: boolean;
  /** Work out the contents' page numbers (seconds for a full year); without it Word fills them in. */
  pageNumbers?: boolean;
}

/** A master's grids as the document's bytes, with what the summary says. */
export async function publishGrids(grids: SheetGrid[], options: PublishOptions) {
  const content = readMasterContent(grids);
  const document = buildPublication(publicationInput(content, options));
  const bytes = await publicationDocx(document, options.pageNumbers === false ? {} : { pageNumbers: estimatePageNumbers });
  return { bytes, document, content };
}

const today = () => new Date().toISOString().slice(0, 10);

export async function publishCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string" }, year: { type: "string" }, appendix: { type: "boolean" } });
  if (positionals.length !== 1) throw new UsageError("Ange en sammanställning (.xlsx) att publicera.");
  const out = requiredString(values, "out");
  if (!/\.docx$/i.test(out)) throw new UsageError(`--out ska vara ett Word-dokument som slutar på .docx, inte "${out}".`);
  const year = typeof values.year === "string" ? parseYear(values) : new Date().getFullYear() - 1;
  await assertWritable(out);
  const [file] = positionals;
  error(`Läser ${file} …`);
  const grids = (await loadWorkbook(file)).sheets;
  error("Gör dokumentet och räknar ut sidnumren till innehållsförteckningen (det tar en stund) …");
  let made;
  try {
    made = await publishGrids(grids, { year, date: today(), appendix: values.appendix === true });
  } catch (caught) {
    if (caught instanceof NotAMasterError) {
      error(`Fel: ${file}: ${caught.message} Gör en med regionrapport consolidate.`);
      return 1;
    }
    throw caught;
  }
  await writeFile(out, made.bytes);
  const { master, rejected } = made.content;
  const rows = ACTIVITY_TABLES.reduce((n, def) => n + master.activity[def.number].length, 0);
  const answers = master.form.reduce((n, f) => n + f.answers.length, 0);
  log(`Sammanställningen för ${year} skriven till ${out}.`);
  const tables = `${ACTIVITY_TABLES[0].number}–${ACTIVITY_TABLES[ACTIVITY_TABLES.length - 1].number}`;
  log(`${rows} rader i tabell ${tables} och ${answers} svar i tabell ${FORM_TABLE.number}; ${made.document.regions.length} av ${REGIONS.length} regioner.`);
  if (made.document.missingRegions.length) log(`Saknas: ${made.document.missingRegions.join(", ")}.`);
  if (rejected.length) log(`${rejected.length} rader är inte med (avvisade vid sammanställningen)${values.appendix ? ": se bilagan." : "; --appendix listar dem i en bilaga."}`);
  if (typeof values.year !== "string") log(`Redovisningsår ${year} (året före i år); ange ett annat med --year.`);
  return 0;
}
