import { type CellValue, columnLetter, type Grid } from "../grid";
import { REGIONS } from "../regions";
import { ACTIVITY_TABLES, TABLES } from "../tables";
import { sheetSpec, type SheetSpec } from "../workbookSpec";
import type { CoverageLine } from "./coverage";
import { formatRows } from "./lineage";
import { CONSOLIDATION_MESSAGES, reconciliationText } from "./messages";
import { CHANGES_SHEET, COVERAGE_SHEET, REJECTED_SHEET, SUMMARY_SHEET } from "./names";
import { REPORT_YEAR_LABEL } from "./reportYear";
import type { BoardRow, DuplicateDecision, ExtraCell, FileReport, FileStatus, Lineage, Reconciliation, RegionChanges, RejectedRow } from "./types";

/**
 * The master's report sheets, as plain grids. Counts are numbers; everything that came from a
 * workbook (file names, cell text, messages) is a string and stays one.
 */

const TABLE_HEADERS = TABLES.map((t) => `Tabell ${t.number}`);

/** The master's status words (Swedish, as its sheets are): the consolidation catalog's. */
export const STATUS_LABEL: Readonly<Record<FileStatus, string>> = CONSOLIDATION_MESSAGES.sv.status;

export interface SummaryInput {
  board: BoardRow[];
  files: FileReport[];
  reconciliation: Reconciliation;
  missingRegions: string[];
  duplicates: DuplicateDecision[];
  taxonomyVersion: string;
  runDate?: string;
  reportYear?: number;
}

export function summarySheet(input: SummaryInput): SheetSpec {
  const values: Grid = [["Sammanställning av regionernas redovisningar"], ["Taxonomiversion", input.taxonomyVersion]];
  if (input.reportYear !== undefined) values.push([REPORT_YEAR_LABEL, input.reportYear]);
  if (input.runDate) values.push(["Sammanställd", input.runDate]);
  const titleRows = [1];
  const section = (title: string) => {
    values.push([]);
    values.push([title]);
    titleRows.push(values.length);
  };

  section("Regioner och tabeller: rader i sammanställningen");
  const headerRow = values.length + 1;
  values.push(["Region", "Mottagen", "Källa", ...TABLE_HEADERS, "Fel", "Varningar", "Saknade tabeller"]);
  for (const b of input.board) {
    const fel = b.tables.reduce((n, c) => n + c.findings.fel, b.workbookFindings.fel);
    const varning = b.tables.reduce((n, c) => n + c.findings.varning, b.workbookFindings.varning);
    const source = b.source === "file" ? b.file ?? "" : b.source === "previous" ? "tidigare sammanställning" : "";
    const missing = b.tables.flatMap((c) => (c.missing ? [String(c.table)] : [])).join(", ");
    values.push([b.region, b.received ? "Ja" : "Nej", source, ...b.tables.map((c) => c.rows), fel, varning, missing]);
  }
  const sum = (f: (b: BoardRow) => number) => input.board.reduce((n, b) => n + f(b), 0);
  values.push([
    "Totalt",
    sum((b) => Number(b.received)),
    "",
    ...TABLE_HEADERS.map((_, i) => sum((b) => b.tables[i].rows)),
    sum((b) => b.tables.reduce((n, c) => n + c.findings.fel, b.workbookFindings.fel)),
    sum((b) => b.tables.reduce((n, c) => n + c.findings.varning, b.workbookFindings.varning)),
    "",
  ]);

  section("Fel och varningar per tabell i regionens arbetsbok (fel / varningar)");
  values.push(["Region", ...TABLE_HEADERS, "Arbetsboken i övrigt"]);
  for (const b of input.board) {
    values.push([b.region, ...b.tables.map((c) => `${c.findings.fel} / ${c.findings.varning}`), `${b.workbookFindings.fel} / ${b.workbookFindings.varning}`]);
  }

  section("Avstämning: rader lästa = rader i sammanställningen + avvisade rader (+ ersatta rader ur den tidigare sammanställningen)");
  values.push(["Fil", "Region", "Status", "Rader lästa", "I sammanställningen", "Avvisade", "Ersatta", "Tomma mallrader", "Fel", "Varningar", "Meddelanden"]);
  const recon = input.reconciliation;
  input.files.forEach((f, i) => {
    const r = recon.files[i];
    values.push([f.file, f.region ?? "", STATUS_LABEL[f.status], r.rowsRead, r.rowsInMaster, r.rowsRejected, 0, r.emptyTemplateRows, f.findings.fel, f.findings.varning, f.messages.join("\n")]);
  });
  if (recon.previous) {
    const p = recon.previous;
    values.push([p.source, "", "Tidigare sammanställning", p.rowsRead, p.rowsInMaster, p.rowsRejected, p.rowsReplaced ?? 0, 0, "", "", ""]);
  }
  const t = recon.total;
  values.push(["Totalt", "", "", t.rowsRead, t.rowsInMaster, t.rowsRejected, t.rowsReplaced ?? 0, t.emptyTemplateRows, "", "", ""]);
  values.push([reconciliationText(t)]);

  section("Saknade regioner");
  if (input.missingRegions.length) for (const region of input.missingRegions) values.push([region]);
  else values.push(["Inga: alla 21 regioner finns med."]);

  section("Flera arbetsböcker för samma region");
  if (input.duplicates.length) {
    values.push(["Region", "Används", "Används inte", "Skäl"]);
    for (const d of input.duplicates) values.push([d.region, d.used, d.files.filter((f) => f !== d.used).join("\n"), d.why]);
  } else values.push(["Inga."]);

  return sheetSpec(SUMMARY_SHEET, { values, columnWidths: [22, 12, 30, ...TABLE_HEADERS.map(() => 10), 10, 10, 40], titleRows, headerRow, frozenRows: 0 });
}

/** The headings of Avvisat's list of rejected rows (before the rows' own cells); the publication's appendix reads them back. */
export const REJECTED_HEADERS = ["Fil", "Blad", "Rad", "Tabell", "Region", "Skäl"] as const;

export function rejectedSheet(rejected: readonly RejectedRow[], extras: readonly ExtraCell[]): SheetSpec {
  const width = rejected.reduce((n, r) => Math.max(n, r.cells.length), 0);
  const cellHeaders = Array.from({ length: width }, (_, i) => `Kolumn ${columnLetter(i + 1)}`);
  const values: Grid = [
    ["Avvisat: rader som inte är med i sammanställningen"],
    ["Varje rad med fil, blad, rad och skäl; kolumnerna A, B … är radens celler som de stod i arbetsboken."],
    [...REJECTED_HEADERS, ...cellHeaders],
    ...rejected.map((r): CellValue[] => [r.file, r.sheet, r.row, r.table || "", r.region, r.reason, ...r.cells]),
  ];
  if (!rejected.length) values.push(["Inga rader avvisade."]);
  const titleRows = [1];
  values.push([]);
  values.push(["Text utanför tabellernas kolumner: raden är med i sammanställningen, men inte den här cellen"]);
  titleRows.push(values.length);
  values.push(["Fil", "Blad", "Cell", "Tabell", "Region", "Kolumnrubrik", "Text"]);
  for (const e of extras) values.push([e.file, e.sheet, e.cell, e.table, e.region, e.header, e.text]);
  if (!extras.length) values.push(["Inga."]);
  return sheetSpec(REJECTED_SHEET, {
    values,
    columnWidths: [30, 16, 6, 7, 18, 50, ...cellHeaders.map(() => 30)],
    titleRows,
    headerRow: 3,
    frozenRows: 3,
  });
}

/** The data bars' colour on Målöversikt (Excel's default blue data bar). */
const COVERAGE_BAR = "#638EC6";

/**
 * Målöversikt: the goals every region may cite (Agenda 2030, cohesion policy, programmes, the national
 * strategy) with their counts by table and region; below, each region's own RUS goals by name with
 * their counts by table. The totals have data bars (in the .xlsx file and in Excel), Agenda 2030 a chart.
 */
export function coverageSheet(lines: readonly CoverageLine[]): SheetSpec {
  const shared = lines.filter((l) => !l.region);
  const rus = lines.filter((l) => l.region);
  const tableHeaders = ACTIVITY_TABLES.map((t) => `Tabell ${t.number}`);
  const values: Grid = [
    ["Målöversikt: antal rader i tabell 1–7 som anger varje mål"],
    ["En rad räknas en gång per mål. Regionernas egna RUS-mål står per region längre ned."],
    ["Ramverk", "Mål", "Totalt", ...tableHeaders, ...REGIONS],
    ...shared.map((l): CellValue[] => [l.framework, l.label, l.total, ...l.byTable, ...l.byRegion]),
  ];
  const sharedEnd = values.length;
  const titleRows = [1];
  const dataBars = shared.length ? [{ range: `C4:C${sharedEnd}`, color: COVERAGE_BAR }] : [];
  if (rus.length) {
    values.push([], ["RUS-mål per region: antal av regionens egna rader som anger målet"]);
    titleRows.push(values.length);
    values.push(["Region", "RUS-mål", "Totalt", ...tableHeaders]);
    const first = values.length + 1;
    for (const l of rus) values.push([l.region!, l.label, l.total, ...l.byTable]);
    dataBars.push({ range: `C${first}:C${values.length}`, color: COVERAGE_BAR });
  }
  const agenda = shared.map((l, i) => ({ l, i })).filter(({ l }) => l.id.startsWith("agenda2030:"));
  const charts = agenda.length
    ? [{ type: "bar" as const, title: "Agenda 2030: antal rader per mål", dataRange: `B${agenda[0].i + 4}:C${agenda[agenda.length - 1].i + 4}` }]
    : [];
  return sheetSpec(COVERAGE_SHEET, {
    values,
    columnWidths: [24, 50, 8, ...new Array(ACTIVITY_TABLES.length + REGIONS.length).fill(9)],
    titleRows,
    headerRow: 3,
    frozenRows: 3,
    charts,
    dataBars,
  });
}

const KIND_LABEL = { added: "Tillagd", removed: "Borttagen", changed: "Ändrad" } as const;

function source(lineage: Lineage | undefined): string {
  return lineage ? `${lineage.file}, ${lineage.sheet}, rad ${formatRows(lineage)}` : "";
}

export function changesSheet(changes: readonly RegionChanges[]): SheetSpec {
  const values: Grid = [["Ändringar mot den tidigare sammanställningen"], []];
  const titleRows = [1];
  values.push(["Region", "Tillagda rader", "Borttagna rader", "Ändrade rader"]);
  for (const c of changes) values.push([c.region, c.added, c.removed, c.changed]);
  if (!changes.length) values.push(["Ingen region har skickat in en ny arbetsbok."]);
  values.push([]);
  values.push(["Ändringar cell för cell"]);
  titleRows.push(values.length);
  values.push(["Region", "Tabell", "Ändring", "Insats", "Kolumn", "Före", "Efter", "Källa före", "Källa efter"]);
  let any = false;
  for (const c of changes) {
    for (const row of c.rows) {
      const cells = row.cells.length ? row.cells : [{ column: "", before: "", after: "" }];
      for (const cell of cells) {
        any = true;
        values.push([row.region, row.table, KIND_LABEL[row.kind], row.label, cell.column, cell.before, cell.after, source(row.before), source(row.after)]);
      }
    }
  }
  if (!any) values.push(["Inga ändringar."]);
  return sheetSpec(CHANGES_SHEET, { values, columnWidths: [18, 7, 10, 40, 24, 50, 50, 30, 30], titleRows, headerRow: 3, frozenRows: 0 });
}
