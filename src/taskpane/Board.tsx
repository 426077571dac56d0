import { makeStyles, tokens } from "@fluentui/react-components";
import type { BoardRow } from "../core/consolidation";
import { TABLES } from "../core/tables";
import { useMessages } from "./i18n";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, width: "100%", tableLayout: "fixed" },
  caption: { textAlign: "left", fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  head: { fontWeight: tokens.fontWeightSemibold, padding: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  region: { textAlign: "left", padding: "2px", width: "96px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  cell: { textAlign: "center", padding: "2px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  missing: { color: tokens.colorNeutralForeground4, backgroundColor: tokens.colorNeutralBackground3 },
  errors: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: "-2px" },
  warnings: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  notReceived: { color: tokens.colorPaletteRedForeground1 },
});

/** The 21 regions × 8 tables: rows in the master, with findings and gaps visible at a glance (fits 350 px). */
export function Board({ board }: { board: BoardRow[] }) {
  const t = useMessages();
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid="board">
      <caption className={styles.caption}>{t.boardTitle}</caption>
      <thead>
        <tr>
          <th className={`${styles.head} ${styles.region}`}>{t.boardRegion}</th>
          {TABLES.map(({ number: n }) => (
            <th key={n} className={styles.head}>
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {board.map((row) => (
          <tr key={row.region} data-region={row.region} data-received={row.received ? "true" : "false"}>
            <th scope="row" className={`${styles.region} ${row.received ? "" : styles.notReceived}`} title={row.file ?? ""}>
              {row.region}
            </th>
            {row.tables.map((cell) => {
              const classes = [styles.cell, cell.missing ? styles.missing : "", cell.findings.fel ? styles.errors : "", !cell.findings.fel && cell.findings.varning ? styles.warnings : ""];
              const title = `Tabell ${cell.table}: ${cell.rows} rader, ${cell.findings.fel} fel, ${cell.findings.varning} varningar`;
              return (
                <td key={cell.table} className={classes.join(" ")} title={title} data-table={cell.table}>
                  {cell.missing ? "–" : cell.rows}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
