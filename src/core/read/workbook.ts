import { fillMerges, isBlankRow, type SheetGrid } from "../grid";
import { type RecognisedRow, type Recognition, recogniseWorkbook, type SheetMapping } from "../recognise";
import { normalizeRegion, type Region, regionsNamedIn } from "../regions";
import { GOAL_SHEET, isReportSheet } from "../sheets";
import { INFO_SHEET, LISTS_SHEET, parseReportYear } from "../template";
import { FORM_TABLE, TABLES } from "../tables";
import { isMasterWorkbook } from "./master";
import { readTable } from "./table";
import type { ActivityRowRead, AnswerRead, RowRejection, TableRead, WorkbookRead } from "./types";

/**
 * THE reader: a workbook's grids → its tables' rows, typed, each either taken or rejected with a
 * reason. Validation, consolidation and the previous-master reader all read through it, so they
 * cannot disagree about which copy of a table counts, which rows are data, which question a row
 * answers, or which region a workbook and a row belong to. A workbook is recognised once per read.
 */

export interface ReadOptions {
  /** Read as a consolidated master (every region's rows); detected from the lineage columns when not given. */
  master?: boolean;
  /** The recognition of exactly these grids, when the caller has one (it is not recognised again). */
  recognition?: Recognition;
  /** The coordinator's mappings for this workbook's sheets (see recognise). */
  mappings?: readonly SheetMapping[];
  /** The workbook's file name: the last hint of its region ("2023 Kalmar.xlsx"). */
  file?: string;
}

type RegionDecision = Pick<WorkbookRead, "region" | "regionFrom" | "regionProblem">;

/**
 * The region decision for a regional workbook, in order of how much each says: the information
 * sheet, the titles, most of the rows, the file name. An information sheet that names a region no
 * row names, while rows name others, is a conflict: the workbook then stands for no region.
 */
function decideRegion(recognition: Recognition, named: Map<Region, number>, unnamed: number, file: string | undefined): RegionDecision {
  const fromInfo = normalizeRegion(recognition.info?.fields.region ?? "");
  if (fromInfo) {
    // Rows without a region are the workbook's: a conflict only when most rows name other regions.
    const others = [...named].reduce((n, [region, count]) => (region === fromInfo ? n : n + count), 0);
    if (!named.has(fromInfo) && others > unnamed) return { region: null, regionFrom: null, regionProblem: "region-conflict" };
    return { region: fromInfo, regionFrom: "info", regionProblem: null };
  }
  const titled = new Set(recognition.tables.flatMap((t) => t.preamble.flatMap((text) => regionsNamedIn(text))));
  if (titled.size === 1) return { region: [...titled][0], regionFrom: "title", regionProblem: null };
  const total = [...named.values()].reduce((a, b) => a + b, 0);
  const [top] = [...named].sort((a, b) => b[1] - a[1]);
  if (top && top[1] * 2 > total) return { region: top[0], regionFrom: "rows", regionProblem: null };
  const fileRegions = file ? fileWords(file) : [];
  if (fileRegions.length === 1 && (!named.size || named.has(fileRegions[0]))) return { region: fileRegions[0], regionFrom: "file", regionProblem: null };
  return { region: null, regionFrom: null, regionProblem: named.size > 1 ? "several-regions" : "no-region" };
}

/** Regions a file name names word by word ("redovisning-kalmar-2023.xlsx"). */
function fileWords(file: string): Region[] {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const words = base.split(/[^\p{L}]+/u).filter(Boolean);
  const found: Region[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const candidate of [`${words[i]} ${words[i + 1] ?? ""}`.trim(), words[i]]) {
      const region = normalizeRegion(candidate);
      if (region && !found.includes(region)) found.push(region);
    }
  }
  return found;
}

/** The sheets the reader looks at: everything but the product's own report sheets, merged cells filled down. */
export function readableSheets(grids: readonly SheetGrid[]): SheetGrid[] {
  return grids.filter((g) => !isReportSheet(g.name)).map(fillMerges);
}

export function readWorkbook(allGrids: readonly SheetGrid[], options: ReadOptions = {}): WorkbookRead {
  const grids = readableSheets(allGrids);
  const recognition = options.recognition ?? recogniseWorkbook(grids, { mappings: options.mappings });
  const master = options.master ?? isMasterWorkbook(grids);
  const gridOf = new Map(grids.map((g) => [g.name, g]));

  // A workbook spells its region a handful of ways, on every row: each spelling is looked up once.
  const regionByText = new Map<string, Region | null>();
  const ownRegion = (row: RecognisedRow): Region | null => {
    const text = row.values.region ?? "";
    let region = regionByText.get(text);
    if (region === undefined) regionByText.set(text, (region = normalizeRegion(text)));
    return region;
  };
  // How many rows name each region, for the decision and its messages.
  const named = new Map<Region, number>();
  let unnamed = 0;
  for (const table of recognition.tables) {
    for (const row of table.rows) {
      const region = ownRegion(row);
      if (region) named.set(region, (named.get(region) ?? 0) + 1);
      else if (!row.values.region) unnamed++;
    }
  }
  const decision: RegionDecision = master ? { region: null, regionFrom: null, regionProblem: null } : decideRegion(recognition, named, unnamed, options.file);
  const regionOf = (row: RecognisedRow): Region | null => ownRegion(row) ?? (row.values.region ? null : decision.region);

  const tables: TableRead[] = recognition.tables.map((table) => {
    const copies = recognition.tables.filter((t) => t.def.number === table.def.number);
    const primary = copies.find((t) => !t.hidden) ?? copies[0];
    return readTable(gridOf.get(table.sheet)!, table, table === primary, regionOf);
  });
  const primaryOf = (number: number) => tables.find((t) => t.primary && t.table.def.number === number);

  const rows: ActivityRowRead[] = [];
  const answers: AnswerRead[] = [];
  const rejected: RowRejection[] = [];
  const reject = (unit: { table: TableRead; row: RecognisedRow; question?: AnswerRead["question"] }, code: RowRejection["code"], params: RowRejection["params"]) => {
    const text = unit.row.values.region ?? "";
    rejected.push({
      table: unit.table.table.def.number,
      sheet: unit.table.table.sheet,
      row: unit.row.sheetRow,
      ...(unit.row.rows ? { rows: unit.row.rows } : {}),
      ...(unit.question ? { question: unit.question } : {}),
      region: ownRegion(unit.row) ?? (text || decision.region || ""),
      code,
      params,
    });
  };

  // Tables in report order, copies in workbook order: the order rows reach the master and Avvisat.
  for (const def of TABLES) {
    const primary = primaryOf(def.number);
    for (const read of tables.filter((t) => t.table.def.number === def.number)) {
      const units = [
        ...read.activity.map((unit) => ({ unit, take: () => rows.push(unit) })),
        ...read.answers.map((unit) => ({ unit, take: () => answers.push(unit) })),
      ];
      if (decision.regionProblem) {
        const params: RowRejection["params"] =
          decision.regionProblem === "several-regions"
            ? { regions: [...named.keys()].join(", ") }
            : decision.regionProblem === "region-conflict"
              ? { info: recognition.info?.fields.region ?? "", regions: [...named.keys()].join(", ") }
              : {};
        for (const { unit } of units) reject({ table: read, row: unit.row, question: "question" in unit ? unit.question : undefined }, decision.regionProblem, params);
        for (const p of read.problems) rejected.push({ ...p, code: decision.regionProblem, params });
        continue;
      }
      if (!read.primary) {
        const code = read.table.hidden ? "duplicate-table-hidden" : "duplicate-table";
        const params = { table: def.number, used: primary?.table.sheet ?? "" };
        for (const { unit } of units) reject({ table: read, row: unit.row, question: "question" in unit ? unit.question : undefined }, code, params);
        for (const p of read.problems) rejected.push({ ...p, code, params });
        continue;
      }
      for (const { unit, take } of units) {
        const question = "question" in unit ? unit.question : undefined;
        const text = unit.row.values.region ?? "";
        if (!unit.region) reject({ table: read, row: unit.row, question }, "region-unknown", { value: text });
        else if (!master && unit.region !== decision.region) reject({ table: read, row: unit.row, question }, "region-other", { region: unit.region, workbook: decision.region ?? "" });
        else take();
      }
      rejected.push(...read.problems);
    }
  }
  answers.sort((a, b) => (master ? 0 : a.question - b.question));

  // A sheet whose header was not found says so even when the region is undecided: its rows could not
  // be read, so they could not tell the region either, and mapping its header is what helps.
  for (const h of recognition.headerless) {
    gridOf.get(h.sheet)!.values.forEach((row, r) => {
      if (isBlankRow(row)) return;
      rejected.push({ table: h.table, sheet: h.sheet, row: r + 1, region: decision.region ?? "", code: "header-not-found", params: { table: h.table } });
    });
  }

  // A table's rows on a sheet that does not say which table: rejected, never guessed at.
  for (const u of recognition.unplaced) {
    const grid = gridOf.get(u.sheet)!;
    for (let r = u.headerRow; r < Math.min(u.lastRow, grid.values.length); r++) {
      if (isBlankRow(grid.values[r])) continue;
      const table = u.kind === "form" ? FORM_TABLE.number : 0;
      rejected.push({ table, sheet: u.sheet, row: r + 1, region: decision.region ?? "", code: decision.regionProblem ?? "table-unknown", params: { sheet: u.sheet, kind: u.kind } });
    }
  }

  const placed = new Set([...recognition.tables.map((t) => t.sheet), ...recognition.headerless.map((h) => h.sheet), ...recognition.unplaced.map((u) => u.sheet)]);
  const known = new Set([INFO_SHEET, LISTS_SHEET, GOAL_SHEET, recognition.info?.sheet]);
  const unreadSheets = grids.filter((g) => !placed.has(g.name) && !known.has(g.name) && !g.values.every((row) => isBlankRow(row))).map((g) => g.name);

  return {
    grids,
    recognition,
    info: recognition.info,
    master,
    ...decision,
    rowRegions: [...named.keys()],
    year: parseReportYear(recognition.info?.fields.year ?? ""),
    tables,
    rows,
    answers,
    rejected,
    unitsRead: rows.length + answers.length + rejected.length,
    emptyTemplateRows: tables.reduce((n, t) => n + t.emptyRows.length, 0),
    unreadSheets,
    primary: primaryOf,
    regionOf,
  };
}
