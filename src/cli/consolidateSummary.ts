import { actionsOf, consolidationText, type ConsolidationResult, type ConsolidationText, type RowChange } from "../core/consolidation";
import { REGIONS } from "../core/regions";
import { PREVIOUS_MASTER } from "../core/sheets";
import { CONSOLIDATE_TEXTS, type ConsolidateTexts } from "./consolidateTexts";
import type { Lang } from "./lang";

/** The consolidation's outcome for a terminal (text, in the CLI's language) and for machines (--json). */

const CHANGED_ROWS_SHOWN = 20;

function quote(text: string, width = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return `"${one.length > width ? `${one.slice(0, width - 1)}…` : one}"`;
}

function changeLine(c: RowChange, t: ConsolidateTexts): string {
  const cells = c.cells.map((cell) => `${cell.column}: ${quote(cell.before, 40)} → ${quote(cell.after, 40)}`);
  const where = c.question ? `${t.table(c.table)} ${c.label}` : `${t.table(c.table)} ${quote(c.label)}`;
  return `    ${t.changeKind[c.kind]}: ${where}${c.kind === "changed" && cells.length ? ` – ${cells.join("; ")}` : ""}`;
}

function columns(rows: (string | number)[][]): string[] {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, String(r[i]).length), 0));
  return rows.map((r) =>
    r
      .map((c, i) => (typeof c === "number" ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join("  ")
      .trimEnd()
  );
}

/** What needs doing, first: regions and tables missing, files not read, sheets to map, rows rejected by reason. */
function actionLines(result: ConsolidationResult, t: ConsolidateTexts, c: ConsolidationText): string[] {
  const a = actionsOf(result);
  if (a.complete) return [t.nothingToDo(REGIONS.length)];
  const lines = [t.toDo];
  if (a.missingRegions.length) lines.push(`  ${t.regionsMissing(a.missingRegions)}`);
  for (const m of a.missingTables) lines.push(`  ${t.tablesMissing(m.region, m.tables)}`);
  for (const d of result.duplicates.filter((d) => d.by === "ask")) lines.push(`  ${t.chooseFile(d.region, d.files, d.used)}`);
  for (const u of a.unread) lines.push(`  ${t.unread(u.file, c.status(u.status).toLowerCase())}`);
  for (const u of a.unplaced) lines.push(`  ${u.problem === "header-not-found" ? t.headerUnknown(u.file, u.sheet, u.table) : t.unplaced(u.file, u.sheet)}`);
  if (a.rejectedByCode.length) {
    lines.push(`  ${t.rejectedHeading(result.rejected.length)}`);
    for (const { code, count } of a.rejectedByCode) lines.push(`    ${String(count).padStart(5)}  ${c.rejectLabel(code)} (${code})`);
  }
  return lines;
}

/** A message said of several files once, with the files: "Informationsbladet anger ingen region … (a.xlsx, b.xlsx)". */
function groupedMessages(result: ConsolidationResult, c: ConsolidationText): string[] {
  const byText = new Map<string, string[]>();
  // The notes rendered in the asked language (in Swedish they are the files' messages, word for word).
  for (const f of result.files) for (const m of f.notes.map((n) => c.note(n))) byText.set(m, [...(byText.get(m) ?? []), f.file]);
  const lines: string[] = [];
  const perFile = new Map<string, string[]>();
  for (const [text, files] of byText) {
    if (files.length > 1) lines.push(`  ${text} (${files.join(", ")})`);
    else perFile.set(files[0], [...(perFile.get(files[0]) ?? []), text]);
  }
  for (const [file, texts] of perFile) {
    lines.push(`  ${file}:`);
    for (const t of texts) lines.push(`    ${t}`);
  }
  return lines;
}

/** The run for a terminal: what needs doing first, then files, regions, reconciliation per file, messages, duplicates, findings, changes. */
export function formatSummary(result: ConsolidationResult, out: string, lang: Lang = "sv"): string[] {
  const t = CONSOLIDATE_TEXTS[lang];
  const c = consolidationText(lang);
  const lines: string[] = [];
  const byStatus = new Map<string, number>();
  for (const f of result.files) byStatus.set(c.status(f.status), (byStatus.get(c.status(f.status)) ?? 0) + 1);
  const total = result.reconciliation.total;
  lines.push(t.written(out));
  lines.push(...actionLines(result, t, c), "");
  lines.push(t.files(result.files.length, [...byStatus].map(([label, n]) => `${label.toLowerCase()}: ${n}`).join(", ")));
  const received = REGIONS.length - result.missingRegions.length;
  const fromPrevious = result.board.filter((b) => b.source === "previous").map((b) => b.region);
  lines.push(t.regions(received, REGIONS.length, result.missingRegions) + (fromPrevious.length ? t.fromPrevious(fromPrevious) : ""));

  lines.push("", t.reconciliationHeading);
  const rows: (string | number)[][] = [[...t.columns]];
  result.files.forEach((f, i) => {
    const r = result.reconciliation.files[i];
    rows.push([f.file, f.region ?? "–", c.status(f.status), r.rowsRead, r.rowsInMaster, r.rowsRejected, f.findings.fel, f.findings.varning]);
  });
  const p = result.reconciliation.previous;
  if (p) rows.push([t.previousRow(p.source === PREVIOUS_MASTER ? t.previousMaster : p.source, p.rowsReplaced ?? 0), "", "", p.rowsRead, p.rowsInMaster, p.rowsRejected, "", ""]);
  const fel = result.files.reduce((n, f) => n + f.findings.fel, 0);
  const varning = result.files.reduce((n, f) => n + f.findings.varning, 0);
  rows.push([t.total, "", "", total.rowsRead, total.rowsInMaster, total.rowsRejected, fel, varning]);
  lines.push(...columns(rows).map((l) => `  ${l}`));
  lines.push(`  ${c.reconciliation(total)}`);

  const messages = groupedMessages(result, c);
  if (messages.length) lines.push("", t.messagesHeading, ...messages);

  lines.push("", t.duplicatesHeading);
  if (!result.duplicates.length) lines.push(`  ${t.noDuplicates}`);
  for (const d of result.duplicates) lines.push(`  ${t.duplicate(d.region, d.files, d.used, c.why(d))}`);

  if (result.extraCells.length) lines.push("", t.extraCells(result.extraCells.length));

  lines.push("", t.findings({ fel, varning }));
  for (const f of result.files.filter((f) => f.findings.fel || f.findings.varning)) lines.push(`  ${f.file}: ${t.counts(f.findings)}`);

  if (result.changes) {
    lines.push("", t.changesHeading);
    if (!result.changes.length) lines.push(`  ${t.noChanges}`);
    for (const change of result.changes) {
      lines.push(`  ${t.changeCounts(change.region, change.added, change.removed, change.changed)}`);
      for (const row of change.rows.slice(0, CHANGED_ROWS_SHOWN)) lines.push(changeLine(row, t));
      if (change.rows.length > CHANGED_ROWS_SHOWN) lines.push(`    ${t.moreChanges(change.rows.length - CHANGED_ROWS_SHOWN)}`);
    }
  }
  return lines;
}

/** The --json object: the result's plain data, without the master's workbook description. */
export function jsonSummary(result: ConsolidationResult, out: string) {
  return {
    out,
    taxonomyVersion: result.taxonomyVersion,
    files: result.files,
    board: result.board,
    reconciliation: result.reconciliation,
    missingRegions: result.missingRegions,
    duplicates: result.duplicates,
    rejected: result.rejected,
    extraCells: result.extraCells,
    changes: result.changes ?? null,
    actions: actionsOf(result),
    mappings: result.mappings,
  };
}

