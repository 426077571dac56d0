import type { Severity } from "../core/validation";
import type { Lang } from "./lang";

/**
 * The validate command's own sentences (the per-file block, counts, progress and problem lines, the
 * total, its usage errors), in every language the CLI speaks. The findings' messages come from the
 * core (validateWorkbook's language); why an input is skipped or missing from inputs.ts.
 */
export interface ValidateTexts {
  /** The severity as the text output shows it (--json keeps "fel"/"varning"). */
  severity: Readonly<Record<Severity, string>>;
  /** Heading of the findings that concern the workbook as a whole (no sheet). */
  workbook: string;
  table: (n: number) => string;
  row: (n: number) => string;
  source: (text: string) => string;
  by: (who: string) => string;
  accepted: (when: string, reason: string) => string;
  reopened: (when: string, reason: string) => string;
  suggestion: (text: string) => string;
  sum: (counts: string) => string;
  /** "3 fel, 1 varning"; "inga fel eller varningar"; ", 2 godkända varningar" when some are accepted. */
  counts: (counts: Record<Severity, number>, accepted: number) => string;
  /** Only what there is: "1 fel", "2 varningar", "1 fel, 2 varningar" (sheet headings). */
  shortCounts: (counts: Record<Severity, number>, accepted: number) => string;
  skipped: (file: string, why: string) => string;
  problem: (message: string) => string;
  stamped: (file: string, counts: string) => string;
  cannotWrite: (why: string) => string;
  noSheets: string;
  unread: (n: number) => string;
  total: (files: number, counts: string, unread: string) => string;
  noneValidated: (unread: string) => string;
  noInputs: string;
  outWithoutStamp: string;
  outOneFile: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const VALIDATE_TEXTS: Record<Lang, ValidateTexts> = {
  sv: {
    severity: { fel: "fel", varning: "varning" },
    workbook: "Arbetsboken",
    table: (n) => `tabell ${n}`,
    row: (n) => `rad ${n}`,
    source: (text) => `källa: ${text}`,
    by: (who) => ` av ${who}`,
    accepted: (when, reason) => `godkänd ${when}: ${reason}`,
    reopened: (when, reason) => `öppen igen: cellen har ändrats sedan den godkändes ${when} (${reason})`,
    suggestion: (text) => `förslag: ${text}`,
    sum: (counts) => `Summa: ${counts}.`,
    counts: (c, accepted) => {
      const base = !c.fel && !c.varning ? "inga fel eller varningar" : `${plural(c.fel, "fel", "fel")}, ${plural(c.varning, "varning", "varningar")}`;
      return accepted ? `${base}, ${plural(accepted, "godkänd varning", "godkända varningar")}` : base;
    },
    shortCounts: (c, accepted) =>
      [c.fel ? plural(c.fel, "fel", "fel") : "", c.varning ? plural(c.varning, "varning", "varningar") : "", accepted ? plural(accepted, "godkänd", "godkända") : ""]
        .filter(Boolean)
        .join(", "),
    skipped: (file, why) => `Obs: ${file}: hoppas över – ${why}`,
    problem: (message) => `Fel: ${message}`,
    stamped: (file, counts) => `Stämplad: ${file} (validerad ${counts}).`,
    cannotWrite: (why) => `kan inte skrivas: ${why}`,
    noSheets: "den är ingen Excel-arbetsbok (.xlsx): zip-arkivet innehåller inga kalkylblad.",
    unread: (n) => `${plural(n, "fil eller mapp", "filer eller mappar")} kunde inte läsas`,
    total: (files, counts, unread) => `${plural(files, "fil", "filer")}: ${counts}${unread ? `; ${unread}` : ""}.`,
    noneValidated: (unread) => `Ingen fil validerades: ${unread}.`,
    noInputs: "Ange minst en arbetsbok (.xlsx) eller mapp att validera.",
    outWithoutStamp: "--out hör till --stamp: ange --stamp för att skriva en stämplad arbetsbok.",
    outOneFile: "--out går bara med en arbetsbok in; utan --out stämplas varje fil där den ligger.",
  },
  en: {
    severity: { fel: "error", varning: "warning" },
    workbook: "The workbook",
    table: (n) => `table ${n}`,
    row: (n) => `row ${n}`,
    source: (text) => `source: ${text}`,
    by: (who) => ` by ${who}`,
    accepted: (when, reason) => `accepted ${when}: ${reason}`,
    reopened: (when, reason) => `open again: the cell has changed since it was accepted ${when} (${reason})`,
    suggestion: (text) => `suggestion: ${text}`,
    sum: (counts) => `Sum: ${counts}.`,
    counts: (c, accepted) => {
      const base = !c.fel && !c.varning ? "no errors or warnings" : `${plural(c.fel, "error", "errors")}, ${plural(c.varning, "warning", "warnings")}`;
      return accepted ? `${base}, ${plural(accepted, "accepted warning", "accepted warnings")}` : base;
    },
    shortCounts: (c, accepted) =>
      [c.fel ? plural(c.fel, "error", "errors") : "", c.varning ? plural(c.varning, "warning", "warnings") : "", accepted ? `${accepted} accepted` : ""]
        .filter(Boolean)
        .join(", "),
    skipped: (file, why) => `Note: ${file}: skipped – ${why}`,
    problem: (message) => `Error: ${message}`,
    stamped: (file, counts) => `Stamped: ${file} (validated: ${counts}).`,
    cannotWrite: (why) => `cannot be written: ${why}`,
    noSheets: "it is not an Excel workbook (.xlsx): the zip archive holds no worksheets.",
    unread: (n) => `${plural(n, "file or folder", "files or folders")} could not be read`,
    total: (files, counts, unread) => `${plural(files, "file", "files")}: ${counts}${unread ? `; ${unread}` : ""}.`,
    noneValidated: (unread) => `No file was validated: ${unread}.`,
    noInputs: "Give at least one workbook (.xlsx) or folder to validate.",
    outWithoutStamp: "--out belongs to --stamp: give --stamp to write a stamped workbook.",
    outOneFile: "--out works only with one workbook in; without --out each file is stamped where it is.",
  },
};
