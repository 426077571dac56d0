import { actionsOf, reconciliationText, type ConsolidationResult, type RejectCode, type RowChange, STATUS_LABEL } from "../core/consolidation";
import { REGIONS } from "../core/regions";
import { countText } from "./validate";

/** The consolidation's outcome for a terminal (text) and for machines (--json). */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each reject code in a few words, for the summary's counts (the full reason per row is on "Avvisat"). */
export const REJECT_LABEL: Record<RejectCode, string> = {
  superseded: "regionen har en annan arbetsbok som används",
  "duplicate-table": "extra kopia av en tabell",
  "duplicate-table-hidden": "dold extra kopia av en tabell",
  "region-other": "raden anger en annan region än arbetsboken",
  "region-unknown": "raden anger ingen av de 21 regionerna",
  "several-regions": "arbetsboken anger flera regioner",
  "no-region": "arbetsboken anger ingen region",
  "region-conflict": "informationsbladets region motsägs av raderna",
  "header-not-found": "tabellens rubrikrad hittades inte",
  "table-unknown": "bladet anger inte vilken tabell det är",
  "form-question-unknown": "tabell 8: okänt frågenummer",
  "form-question-duplicate": "tabell 8: frågan besvaras två gånger",
  "form-region-duplicate": "tabell 8: regionen har redan en rad",
};

const KIND = { added: "tillagd", removed: "borttagen", changed: "ändrad" } as const;
const CHANGED_ROWS_SHOWN = 20;

function quote(text: string, width = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return `"${one.length > width ? `${one.slice(0, width - 1)}…` : one}"`;
}

function changeLine(c: RowChange): string {
  const cells = c.cells.map((cell) => `${cell.column}: ${quote(cell.before, 40)} → ${quote(cell.after, 40)}`);
  const where = c.question ? `Tabell ${c.table} ${c.label}` : `Tabell ${c.table} ${quote(c.label)}`;
  return `    ${KIND[c.kind]}: ${where}${c.kind === "changed" && cells.length ? ` – ${cells.join("; ")}` : ""}`;
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
function actionLines(result: ConsolidationResult): string[] {
  const a = actionsOf(result);
  if (a.complete) return [`Inget att åtgärda: alla ${REGIONS.length} regioner och alla tabeller finns med, inga rader avvisade.`];
  const lines = ["Att åtgärda:"];
  if (a.missingRegions.length) lines.push(`  ${plural(a.missingRegions.length, "region saknas", "regioner saknas")}: ${a.missingRegions.join(", ")}.`);
  for (const m of a.missingTables) lines.push(`  ${m.region} saknar ${m.tables.length === 1 ? "tabell" : "tabellerna"} ${m.tables.join(", ")}.`);
  for (const d of result.duplicates.filter((d) => d.by === "ask")) lines.push(`  ${d.region}: välj vilken av ${d.files.join(", ")} som ska gälla (--choose) – datumen ligger för nära varandra för att avgöra; ${d.used} används tills vidare.`);
  for (const u of a.unread) lines.push(`  ${u.file}: ${STATUS_LABEL[u.status].toLowerCase()} – ingenting därifrån är med (se meddelandena nedan).`);
  for (const u of a.unplaced) lines.push(`  ${u.file}, bladet "${u.sheet}": anger inte vilken tabell det är – mappa det (--map) eller rätta bladets namn eller rubrik.`);
  if (a.rejectedByCode.length) {
    lines.push(`  ${plural(result.rejected.length, "rad avvisad", "rader avvisade")} (varje rad med skäl på bladet Avvisat):`);
    for (const { code, count } of a.rejectedByCode) lines.push(`    ${String(count).padStart(5)}  ${REJECT_LABEL[code]} (${code})`);
  }
  return lines;
}

/** A message said of several files once, with the files: "Informationsbladet anger ingen region … (a.xlsx, b.xlsx)". */
function groupedMessages(result: ConsolidationResult): string[] {
  const byText = new Map<string, string[]>();
  for (const f of result.files) for (const m of f.messages) byText.set(m, [...(byText.get(m) ?? []), f.file]);
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
export function formatSummary(result: ConsolidationResult, out: string): string[] {
  const lines: string[] = [];
  const byStatus = new Map<string, number>();
  for (const f of result.files) byStatus.set(STATUS_LABEL[f.status], (byStatus.get(STATUS_LABEL[f.status]) ?? 0) + 1);
  const t = result.reconciliation.total;
  lines.push(`Sammanställningen är skriven till ${out}.`);
  lines.push(...actionLines(result), "");
  lines.push(`Filer: ${plural(result.files.length, "fil", "filer")} (${[...byStatus].map(([label, n]) => `${label.toLowerCase()}: ${n}`).join(", ")}).`);
  const received = REGIONS.length - result.missingRegions.length;
  lines.push(
    `Regioner: ${received} av ${REGIONS.length} mottagna${result.missingRegions.length ? `; saknas: ${result.missingRegions.join(", ")}` : ""}.` +
      (result.board.some((b) => b.source === "previous") ? ` Ur den tidigare sammanställningen: ${result.board.filter((b) => b.source === "previous").map((b) => b.region).join(", ")}.` : "")
  );

  lines.push("", "Avstämning: rader lästa = i sammanställningen + avvisade");
  const header = ["Fil", "Region", "Status", "Lästa", "I samm.", "Avvisade", "Fel", "Varningar"];
  const rows: (string | number)[][] = [header];
  result.files.forEach((f, i) => {
    const r = result.reconciliation.files[i];
    rows.push([f.file, f.region ?? "–", STATUS_LABEL[f.status], r.rowsRead, r.rowsInMaster, r.rowsRejected, f.findings.fel, f.findings.varning]);
  });
  const p = result.reconciliation.previous;
  if (p) rows.push([`${p.source} (${p.rowsReplaced ?? 0} ersatta)`, "", "", p.rowsRead, p.rowsInMaster, p.rowsRejected, "", ""]);
  const fel = result.files.reduce((n, f) => n + f.findings.fel, 0);
  const varning = result.files.reduce((n, f) => n + f.findings.varning, 0);
  rows.push(["Totalt", "", "", t.rowsRead, t.rowsInMaster, t.rowsRejected, fel, varning]);
  lines.push(...columns(rows).map((l) => `  ${l}`));
  lines.push(`  ${reconciliationText(t)}`);

  const messages = groupedMessages(result);
  if (messages.length) lines.push("", "Meddelanden:", ...messages);

  lines.push("", "Flera arbetsböcker för samma region:");
  if (!result.duplicates.length) lines.push("  Inga.");
  for (const d of result.duplicates) {
    lines.push(`  ${d.region}: ${d.files.join(", ")} – används: ${d.used} (${d.why}).`);
  }

  if (result.extraCells.length) lines.push("", `${plural(result.extraCells.length, "cell", "celler")} med text utanför tabellernas kolumner: raderna är med, texten står på bladet Avvisat.`);

  lines.push("", `Fel och varningar i de inlästa arbetsböckerna: ${countText({ fel, varning })}.`);
  for (const f of result.files.filter((f) => f.findings.fel || f.findings.varning)) lines.push(`  ${f.file}: ${countText(f.findings)}`);

  if (result.changes) {
    lines.push("", "Ändringar mot den tidigare sammanställningen (bladet Ändringar):");
    if (!result.changes.length) lines.push("  Ingen region har skickat in en ny arbetsbok.");
    for (const c of result.changes) {
      lines.push(`  ${c.region}: ${plural(c.added, "rad tillagd", "rader tillagda")}, ${plural(c.removed, "borttagen", "borttagna")}, ${plural(c.changed, "ändrad", "ändrade")}`);
      for (const row of c.rows.slice(0, CHANGED_ROWS_SHOWN)) lines.push(changeLine(row));
      if (c.rows.length > CHANGED_ROWS_SHOWN) lines.push(`    … och ${c.rows.length - CHANGED_ROWS_SHOWN} till.`);
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

