import { Button, Link, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/validation";
import type { PaneResult } from "./consolidateJob";
import type { BoardCellRef, DrillTable } from "./drill";
import { consolidationText } from "../core/consolidation";
import { useLanguage, useMessages } from "./i18n";

const SHOWN_ROWS = 20;

const useStyles = makeStyles({
  root: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  rows: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%", tableLayout: "fixed" },
  rowCell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 2px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "left" },
  numberCell: { width: "40px" },
});

/** One region's table: its rows (first columns), its findings, its rejected rows with reasons, links into the master once written. */
export function DrillDown({
  result, cell, table, findings, written, onShow, onClose,
}: {
  result: PaneResult;
  cell: BoardCellRef;
  /** The region's rows in the table, from the worker; null while it gets them. */
  table: DrillTable | null;
  /** null while the worker gets them. */
  findings: Finding[] | null;
  written: boolean;
  onShow: (sheet: string, address: string) => void;
  onClose: () => void;
}) {
  const t = useMessages();
  const ct = consolidationText(useLanguage());
  const styles = useStyles();
  const boardRow = result.board.find((b) => b.region === cell.region);
  const { headers, rows } = table ?? { headers: [], rows: [] };
  const rejected = result.rejected.filter((r) => r.region === cell.region && r.table === cell.table);
  const mine = (findings ?? []).filter((f) => f.table === cell.table);
  return (
    <section className={styles.root} data-testid="drilldown" aria-label={t.drillTitle(cell.region, cell.table)}>
      <div className={styles.head}>
        <h3 className={styles.title}>{t.drillTitle(cell.region, cell.table)}</h3>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t.drillClose}
        </Button>
      </div>
      {boardRow?.file && <p className={styles.small}>{t.drillFile(boardRow.file)}</p>}
      {boardRow?.source === "previous" && <p className={styles.small}>{t.drillFromPrevious}</p>}
      <h4 className={styles.sub}>{t.drillRows(Math.min(SHOWN_ROWS, rows.length), rows.length)}</h4>
      {table === null ? (
        <Spinner size="extra-tiny" label={t.drillFindingsLoading} />
      ) : rows.length === 0 ? (
        <p className={styles.small}>{t.drillNoRows}</p>
      ) : (
        <table className={styles.rows} data-testid="drill-rows">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} className={styles.rowCell} scope="col">
                  {h}
                </th>
              ))}
              {written && <th className={`${styles.rowCell} ${styles.numberCell}`} />}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.address}>
                {row.cells.map((text, i) => (
                  <td key={i} className={styles.rowCell} title={text}>
                    {text}
                  </td>
                ))}
                {written && (
                  <td className={`${styles.rowCell} ${styles.numberCell}`}>
                    <Link as="button" aria-label={t.showInMaster(`${row.sheet}!${row.address}`)} onClick={() => onShow(row.sheet, row.address)}>
                      {row.address}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className={styles.sub}>{t.drillFindings(mine.length)}</h4>
      {findings === null && boardRow?.source === "file" ? (
        <Spinner size="extra-tiny" label={t.drillFindingsLoading} />
      ) : mine.length === 0 ? (
        <p className={styles.small}>{t.drillNoFindings}</p>
      ) : (
        <ul className={styles.list} data-testid="drill-findings">
          {mine.slice(0, 50).map((f, i) => (
            <li key={i}>
              {f.severity === "fel" ? t.severityError : t.severityWarning} {f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}` : ""}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {rejected.length > 0 && (
        <>
          <h4 className={styles.sub}>{t.drillRejected(rejected.length)}</h4>
          <ul className={styles.list} data-testid="drill-rejected">
            {rejected.slice(0, 50).map((r, i) => (
              <li key={i}>
                {r.file} {r.sheet}!{r.row}: {ct.reason(r.code, r.params)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
