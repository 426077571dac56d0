import { makeStyles, tokens } from "@fluentui/react-components";
import type { RegionChanges } from "../core/consolidation";
import { useMessages } from "./i18n";

const SHOWN = 30;
/** Long texts cut for the pane (the Ändringar sheet has them whole). */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  summary: { cursor: "pointer" },
});

/** After a resubmission: per region that sent a new workbook, rows added, removed and changed, with the cells. */
export function ChangeSummary({ changes }: { changes: readonly RegionChanges[] }) {
  const t = useMessages();
  const styles = useStyles();
  if (!changes.length) return null;
  return (
    <section className={styles.root} data-testid="changes">
      <h3 className={styles.title}>{t.changesTitle}</h3>
      {changes.map((c) => (
        <details key={c.region} data-region={c.region}>
          <summary className={styles.summary}>{t.changesRegion(c.region, c.added, c.removed, c.changed)}</summary>
          {c.rows.length === 0 ? (
            <p>{t.changesNone}</p>
          ) : (
            <ul className={styles.list}>
              {c.rows.slice(0, SHOWN).map((row, i) => (
                <li key={i}>
                  {t.changeTable(row.table)}, {t.changeKind[row.kind]}: {row.label}
                  {row.kind === "changed" && row.cells.length > 0 && (
                    <ul className={styles.list}>
                      {row.cells.map((cell) => (
                        <li key={cell.column}>{t.changeCell(cell.column, short(cell.before), short(cell.after))}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
