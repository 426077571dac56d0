import { makeStyles, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useRef, useState } from "react";
import type { BoardRow, ConsolidationResult } from "../core/consolidation";
import type { Region } from "../core/regions";
import { TABLES } from "../core/tables";
import type { BoardCellRef } from "./drill";
import { useMessages } from "./i18n";

export type RegionStatus = "mottagen" | "dubblett" | "olaslig" | "saknas" | "tidigare";

/** A region's state in this batch: a file used, several files, only files that could not be read, kept from the earlier master, or none. */
export function regionStatuses(result: Pick<ConsolidationResult, "board" | "files" | "duplicates">): Record<Region, RegionStatus> {
  const out = {} as Record<Region, RegionStatus>;
  const failed = result.files.filter((f) => f.status !== "used" && f.status !== "superseded");
  for (const row of result.board) {
    const named = failed.some((f) => f.region === row.region || (!f.region && f.file.toLowerCase().includes(row.region.toLowerCase())));
    out[row.region] = result.duplicates.some((d) => d.region === row.region)
      ? "dubblett"
      : row.source === "file"
        ? "mottagen"
        : named
          ? "olaslig"
          : row.source === "previous"
            ? "tidigare"
            : "saknas";
  }
  return out;
}

export type { BoardCellRef };

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, width: "100%" },
  caption: { textAlign: "left", fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  head: { fontWeight: tokens.fontWeightSemibold, padding: "1px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, textAlign: "center" },
  region: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: "1px 2px", whiteSpace: "nowrap", maxWidth: "92px", overflow: "hidden", textOverflow: "ellipsis" },
  status: { textAlign: "left", padding: "1px 2px", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  td: { padding: 0, border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: {
    width: "100%",
    minWidth: "22px",
    minHeight: "20px",
    padding: "1px 0",
    border: "none",
    backgroundColor: tokens.colorNeutralBackground1,
    font: "inherit",
    fontVariantNumeric: "tabular-nums",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  missing: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground3 },
  errors: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2, fontWeight: tokens.fontWeightSemibold },
  warnings: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  notReceived: { color: tokens.colorPaletteRedForeground1 },
  legend: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, fontSize: tokens.fontSizeBase200, margin: 0, padding: 0, listStyleType: "none" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: "middle" },
});

/**
 * The 21 regions × 8 tables: rows in the master, with findings and gaps visible at a glance (fits 350 px).
 * Every cell is a button with a name that says it all; the grid is one tab stop, arrow keys move in it.
 */
export function Board({ board, statuses, selected, onSelect }: { board: BoardRow[]; statuses: Record<Region, RegionStatus>; selected?: BoardCellRef | null; onSelect?: (cell: BoardCellRef) => void }) {
  const t = useMessages();
  const styles = useStyles();
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function move(event: KeyboardEvent, r: number, c: number) {
    const delta: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next: [number, number] | undefined;
    if (delta[event.key]) next = [Math.min(board.length - 1, Math.max(0, r + delta[event.key][0])), Math.min(TABLES.length - 1, Math.max(0, c + delta[event.key][1]))];
    else if (event.key === "Home") next = [r, 0];
    else if (event.key === "End") next = [r, TABLES.length - 1];
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    refs.current.get(`${next[0]}:${next[1]}`)?.focus();
  }

  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="board">
        <caption className={styles.caption}>{t.boardTitle}</caption>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.region}`} scope="col">
              {t.boardRegion}
            </th>
            {TABLES.map(({ number: n }) => (
              <th key={n} className={styles.head} scope="col">
                {n}
              </th>
            ))}
            <th className={`${styles.head} ${styles.status}`} scope="col">
              {t.statusHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {board.map((row, r) => {
            const status = statuses[row.region] ?? "saknas";
            return (
              <tr key={row.region} data-region={row.region} data-received={row.received ? "true" : "false"} data-status={status}>
                <th scope="row" className={`${styles.region} ${row.received ? "" : styles.notReceived}`} title={row.file ?? row.region}>
                  {row.region}
                </th>
                {row.tables.map((cell, c) => {
                  const isSelected = selected?.region === row.region && selected.table === cell.table;
                  const classes = [styles.cell, cell.missing ? styles.missing : "", cell.findings.fel ? styles.errors : !cell.missing && cell.findings.varning ? styles.warnings : "", isSelected ? styles.selected : ""];
                  const name = cell.missing && !cell.findings.fel ? t.cellMissing(row.region, cell.table) : t.cellName(row.region, cell.table, cell.rows, cell.findings.fel, cell.findings.varning);
                  return (
                    <td key={cell.table} className={styles.td}>
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) refs.current.set(`${r}:${c}`, el);
                          else refs.current.delete(`${r}:${c}`);
                        }}
                        className={classes.join(" ")}
                        aria-label={name}
                        aria-pressed={isSelected}
                        title={name}
                        tabIndex={focus[0] === r && focus[1] === c ? 0 : -1}
                        data-table={cell.table}
                        onFocus={() => setFocus([r, c])}
                        onKeyDown={(event) => move(event, r, c)}
                        onClick={() => onSelect?.({ region: row.region, table: cell.table })}
                      >
                        {cell.missing ? "–" : cell.rows}
                      </button>
                    </td>
                  );
                })}
                <td className={styles.status} data-testid={`status-${row.region}`}>
                  {t.regionStatus[status]}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className={styles.legend} aria-label="legend" data-testid="board-legend">
        <li>
          <span className={`${styles.swatch}`} style={{ background: tokens.colorPaletteRedBackground2 }} />
          {t.legendErrors}
        </li>
        <li>
          <span className={styles.swatch} style={{ background: tokens.colorPaletteYellowBackground2 }} />
          {t.legendWarnings}
        </li>
        <li>
          <span className={styles.swatch} style={{ background: tokens.colorNeutralBackground3 }} />
          {t.legendMissing}
        </li>
        <li>
          <span className={styles.swatch} />
          {t.legendOk}
        </li>
      </ul>
    </div>
  );
}
