import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { type UnplacedSheet, unplacedSheets } from "../core/consolidation";
import type { ConsolidationResult } from "../core/consolidation";
import { columnLetter } from "../core/grid";
import { enoughColumns, guessColumns, type SheetMapping } from "../core/recognise";
import { columnName, findTable, type TableDef, TABLES } from "../core/tables";
import { useMessages } from "./i18n";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalM },
  rows: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Eight rows to pick a header from: one line each at 350 px (the whole text is still there for a screen reader).
  oneLine: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
});

/** A cell as the preview shows it: long prose cut, so a row stays a line or two at 350 px. */
const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

type OnMap = (mapping: SheetMapping) => void;

/**
 * A form's identity: the sheet and what it showed. A file sent again under the same name with other
 * rows gets a fresh form, not the choices made for rows that are gone.
 */
const formKey = (s: UnplacedSheet) => [s.file, s.sheet, s.problem, ...s.firstRows.map((r) => `${r.row}\u0001${r.cells.join("\u0002")}`)].join("\u0000");

/**
 * "Mappa bladet": for each sheet the recogniser could not place, the coordinator says which table it
 * holds; for a sheet whose header row was not recognised, also which row is the header and which
 * column holds what.
 */
export function MapSheets({ result, onMap }: { result: Pick<ConsolidationResult, "rejected">; onMap: OnMap }) {
  const t = useMessages();
  const sheets = unplacedSheets(result);
  if (!sheets.length) return null;
  return (
    <section aria-label={t.mapTitle}>
      <h3>{t.mapTitle}</h3>
      {sheets.map((s) =>
        s.problem === "header-not-found" ? <HeaderMapping key={formKey(s)} sheet={s} onMap={onMap} /> : <TableMapping key={formKey(s)} sheet={s} onMap={onMap} />
      )}
    </section>
  );
}

function TableSelect({ sheet, value, onChange }: { sheet: string; value: string; onChange: (value: string) => void }) {
  const t = useMessages();
  return (
    <Field label={t.mapTableLabel(sheet)}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t.mapChooseTable}</option>
        {TABLES.map((def) => (
          <option key={def.number} value={String(def.number)}>{`${def.number}. ${def.shortTitles[0] ?? def.title}`}</option>
        ))}
      </Select>
    </Field>
  );
}

function Preview({ rows, oneLine = false }: { rows: UnplacedSheet["firstRows"]; oneLine?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.rows}>
      {rows.map((r) => (
        <li key={r.row} className={oneLine ? styles.oneLine : undefined}>{`${r.row}: ${r.cells.map(clip).join(" | ")}`}</li>
      ))}
    </ul>
  );
}

/** A sheet with a header but no table number: the table is all there is to say. */
function TableMapping({ sheet: s, onMap }: { sheet: UnplacedSheet; onMap: OnMap }) {
  const t = useMessages();
  const styles = useStyles();
  const [table, setTable] = useState("");
  return (
    <div className={styles.sheet} role="group" aria-label={`${s.file}, ${s.sheet}`}>
      <p>{t.mapUnplaced(s.file, s.sheet, s.rowCount)}</p>
      <Preview rows={s.firstRows} />
      <TableSelect sheet={s.sheet} value={table} onChange={setTable} />
      <Button appearance="primary" disabled={!table} onClick={() => onMap({ file: s.file, sheet: s.sheet, table: Number(table) })}>
        {t.mapApply}
      </Button>
    </div>
  );
}

/** The shown row whose cells name most of the table's columns (the earliest on a tie): the header row offered first. */
function likelyHeaderRow(rows: UnplacedSheet["firstRows"], def: TableDef | undefined): number | undefined {
  let best: { row: number; count: number } | undefined;
  for (const r of rows) {
    const count = def ? Object.keys(guessColumns(r.cells, def.columns)).length : 0;
    if (count && (!best || count > best.count)) best = { row: r.row, count };
  }
  return best?.row;
}

/** A sheet whose table is known but whose header row was not recognised: header row and columns, guessed where they can be. */
function HeaderMapping({ sheet: s, onMap }: { sheet: UnplacedSheet; onMap: OnMap }) {
  const t = useMessages();
  const styles = useStyles();
  const [table, setTable] = useState(s.table ? String(s.table) : "");
  const def = findTable(Number(table));
  const [headerRow, setHeaderRow] = useState(() => likelyHeaderRow(s.firstRows, def));
  const cellsOf = (row: number | undefined) => s.firstRows.find((r) => r.row === row)?.cells ?? [];
  const guess = (d: TableDef | undefined, row: number | undefined) => (d ? guessColumns(cellsOf(row), d.columns) : {});
  const [columns, setColumns] = useState<Record<string, number>>(() => guess(def, headerRow));
  const header = cellsOf(headerRow);
  const ready = !!def && headerRow !== undefined && enoughColumns(def, columns);
  const hintId = useId();
  // Why Apply cannot be used yet, once there are columns to choose.
  const needsColumns = !!def && headerRow !== undefined && !ready;

  const chooseTable = (value: string) => {
    setTable(value);
    setColumns(guess(findTable(Number(value)), headerRow));
  };
  const chooseRow = (value: string) => {
    const row = value ? Number(value) : undefined;
    setHeaderRow(row);
    setColumns(guess(def, row));
  };
  // A column holds one field: choosing it for one field takes it from another.
  const chooseColumn = (field: string, value: string) => {
    const next = Object.fromEntries(Object.entries(columns).filter(([key, index]) => key !== field && String(index) !== value));
    setColumns(value === "" ? next : { ...next, [field]: Number(value) });
  };
  const apply = () =>
    onMap({
      file: s.file,
      sheet: s.sheet,
      table: Number(table),
      headerRow,
      columns: Object.fromEntries(Object.entries(columns).map(([field, index]) => [field, columnLetter(index + 1)])),
    });

  return (
    <div className={styles.sheet} role="group" aria-label={`${s.file}, ${s.sheet}`}>
      <p>{t.mapHeaderless(s.file, s.sheet, s.table, s.rowCount)}</p>
      <Preview rows={s.firstRows} oneLine />
      <TableSelect sheet={s.sheet} value={table} onChange={chooseTable} />
      <Field label={t.mapHeaderRowLabel}>
        <Select value={headerRow === undefined ? "" : String(headerRow)} onChange={(_, d) => chooseRow(d.value)}>
          <option value="">{t.mapChooseHeaderRow}</option>
          {s.firstRows.map((r) => (
            <option key={r.row} value={String(r.row)}>
              {t.mapRow(r.row, r.cells.map(clip).join(" | "))}
            </option>
          ))}
        </Select>
      </Field>
      {def && headerRow !== undefined
        ? def.columns.map((column) => (
            <Field key={column.key} label={t.mapColumnLabel(columnName(column))}>
              <Select value={column.key in columns ? String(columns[column.key]) : ""} onChange={(_, d) => chooseColumn(column.key, d.value)}>
                <option value="">{t.mapNoColumn}</option>
                {header.map((cell, index) =>
                  cell ? (
                    <option key={index} value={String(index)}>
                      {`${columnLetter(index + 1)}: ${clip(cell)}`}
                    </option>
                  ) : null
                )}
              </Select>
            </Field>
          ))
        : null}
      {needsColumns ? (
        <p id={hintId} className={styles.hint} role="status">
          {t.mapNeedColumns}
        </p>
      ) : null}
      {/* Focusable while disabled, so a keyboard user reaches it and hears why it cannot be used yet. */}
      <Button appearance="primary" disabledFocusable={!ready} aria-describedby={needsColumns ? hintId : undefined} onClick={ready ? apply : undefined}>
        {t.mapApply}
      </Button>
    </div>
  );
}
