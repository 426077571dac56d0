import type { CoverageLine, FormEntry, MasterRow, MasterTables } from "../consolidation";
import { REGION_OFFICIAL_NAMES, REGIONS, type Region } from "../regions";
import { ACTIVITY_TABLES, type ActivityTableDef, type ColumnDef, FORM_TABLE, tableHeading } from "../tables";
import { PUBLICATION_TEXT as T } from "./texts";
import type { Block, PublicationDocument, Section, TableBlock, TableColumn } from "./types";

/** A row the master rejected, as the appendix lists it. */
export interface RejectedLine {
  file: string;
  sheet: string;
  row: number;
  /** 0 when the row's table was not known. */
  table: number;
  region: string;
  reason: string;
}

export interface PublicationInput {
  master: MasterTables;
  year: number;
  /** ISO date printed on the title page. */
  date: string;
  /** With it, the document ends with the goal coverage overview and the rows the master rejected. */
  appendix?: { coverage: readonly CoverageLine[]; rejected: readonly RejectedLine[] };
}

const regionIndex = (region: Region) => REGIONS.indexOf(region);

/** The five published headings: the first line is the heading, a second one its explanation. */
function columnOf(column: ColumnDef): TableColumn {
  const [heading, ...detail] = column.header.split("\n");
  return { heading, ...(detail.length ? { detail: detail.join(" ") } : {}), width: column.width };
}

/** Rows grouped by region in publication order; a region's rows in the order it reported them (a stable sort). */
function activityTable(def: ActivityTableDef, rows: readonly MasterRow[]): TableBlock {
  const ordered = rows.map((row, i) => ({ row, i })).sort((a, b) => regionIndex(a.row.region) - regionIndex(b.row.region) || a.i - b.i);
  return {
    kind: "table",
    columns: def.columns.map(columnOf),
    rows: ordered.map(({ row }, i) => ({
      cells: def.columns.map((c) => (c.key === "region" ? row.region : row.values[c.key])),
      groupStart: i === 0 || ordered[i - 1].row.region !== row.region,
    })),
  };
}

function activitySection(def: ActivityTableDef, rows: readonly MasterRow[]): Section {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: tableHeading(def) }];
  blocks.push(rows.length ? activityTable(def, rows) : { kind: "paragraph", text: T.emptyTable, style: "note" });
  return { orientation: "landscape", blocks };
}

function formBlocks(entry: FormEntry): Block[] {
  return FORM_TABLE.questions.flatMap((q): Block[] => {
    const given = entry.answers.find((a) => a.question === q.number);
    const yesNo = q.yesNo && given?.answer.trim() ? given.answer.trim() : null;
    const answer = given?.text ?? "";
    const block: Block = { kind: "question", number: q.number, question: q.text, yesNo, answer };
    return answer.trim() ? [block] : [block, { kind: "paragraph", text: T.noAnswer, style: "note" }];
  });
}

/** Table 8: for each region with answers, in publication order, the six questions and its answers. */
function formSection(form: readonly FormEntry[]): Section {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: tableHeading(FORM_TABLE) }];
  const byRegion = new Map(form.map((e) => [e.region, e]));
  const regions = REGIONS.filter((r) => byRegion.has(r));
  if (!regions.length) blocks.push({ kind: "paragraph", text: T.emptyTable, style: "note" });
  for (const region of regions) {
    blocks.push({ kind: "heading", level: 2, text: REGION_OFFICIAL_NAMES[region] });
    blocks.push(...formBlocks(byRegion.get(region)!));
  }
  return { orientation: "portrait", blocks };
}

function appendixSection(appendix: NonNullable<PublicationInput["appendix"]>): Section {
  const H = T.coverageHeadings;
  const tableNames = ACTIVITY_TABLES.map((t) => `Tabell ${t.number}`);
  const cited = appendix.coverage.filter((l) => l.total > 0);
  const coverage: TableBlock = {
    kind: "table",
    compact: true,
    columns: [
      { heading: H.framework, width: 24 },
      { heading: H.goal, width: 50 },
      { heading: H.total, width: 8, numeric: true },
      ...tableNames.map((heading) => ({ heading, width: 8, numeric: true })),
    ],
    rows: cited.map((l, i) => ({
      cells: [l.framework, l.label, String(l.total), ...l.byTable.map(String)],
      groupStart: i === 0 || cited[i - 1].framework !== l.framework,
    })),
  };
  const R = T.rejectedHeadings;
  const rejected: TableBlock = {
    kind: "table",
    compact: true,
    columns: [
      { heading: R.file, width: 30 },
      { heading: R.sheet, width: 14 },
      { heading: R.row, width: 6, numeric: true },
      { heading: R.table, width: 7, numeric: true },
      { heading: R.region, width: 16 },
      { heading: R.reason, width: 60 },
    ],
    rows: appendix.rejected.map((r, i) => ({
      cells: [r.file, r.sheet, String(r.row), r.table ? String(r.table) : "", r.region, r.reason],
      groupStart: i === 0 || appendix.rejected[i - 1].file !== r.file,
    })),
  };
  return {
    orientation: "landscape",
    blocks: [
      { kind: "heading", level: 1, text: T.appendix },
      { kind: "heading", level: 2, text: T.coverage },
      { kind: "paragraph", text: T.coverageNote, style: "note" },
      coverage,
      { kind: "heading", level: 2, text: T.rejected },
      { kind: "paragraph", text: T.rejectedNote, style: "note" },
      appendix.rejected.length ? rejected : { kind: "paragraph", text: T.rejectedNone },
    ],
  };
}

/** The master as the published compilation: title page, contents, tables 1–7, table 8, and the appendix if asked for. */
export function buildPublication(input: PublicationInput): PublicationDocument {
  const { master, year, date } = input;
  const present = new Set<Region>([...ACTIVITY_TABLES.flatMap((def) => (master.activity[def.number] ?? []).map((r) => r.region)), ...master.form.map((f) => f.region)]);
  const regions = REGIONS.filter((r) => present.has(r));
  const missingRegions = REGIONS.filter((r) => !present.has(r));
  const rows = ACTIVITY_TABLES.reduce((n, def) => n + (master.activity[def.number]?.length ?? 0), 0);
  const answers = master.form.reduce((n, f) => n + f.answers.length, 0);
  const titleLines = [
    T.year(year),
    T.date(date),
    T.regions(regions.length, REGIONS.length, regions.join(", ")),
    ...(missingRegions.length ? [T.missing(missingRegions.join(", "))] : []),
    T.counts(rows, answers),
  ];
  const sections: Section[] = [
    { orientation: "portrait", titlePage: true, blocks: [] },
    { orientation: "portrait", blocks: [{ kind: "contents", title: T.contents }] },
    ...ACTIVITY_TABLES.map((def) => activitySection(def, master.activity[def.number] ?? [])),
    formSection(master.form),
    ...(input.appendix ? [appendixSection(input.appendix)] : []),
  ];
  return { title: T.title(year), subtitle: T.subtitle, year, date, regions, missingRegions, titleLines, runningTitle: T.runningTitle(year), sections };
}
