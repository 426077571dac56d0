import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { TABLES } from "../core/tables";
import type { DuplicateCandidate, DuplicateComparison } from "../core/consolidation";
import { useMessages } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%", tableLayout: "fixed" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: "1px 2px", width: "34%" },
  td: { padding: "1px 2px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  head: { padding: "1px 2px", textAlign: "left", overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  drop: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One region's duplicate workbooks side by side, a button to use each; a choice that drops a table asks first. */
export function DuplicatesPanel({ comparison, disabled, onChoose }: { comparison: DuplicateComparison; disabled: boolean; onChoose: (file: string) => void }) {
  const t = useMessages();
  const styles = useStyles();
  const [confirm, setConfirm] = useState<DuplicateCandidate | null>(null);
  const { candidates } = comparison;
  const tableList = (c: DuplicateCandidate) => c.dropsTables.map((n) => t.dupTable(n)).join(", ");
  const choose = (c: DuplicateCandidate) => (c.dropsTables.length ? setConfirm(c) : onChoose(c.file));
  /** One line of the comparison: a label, then one cell per candidate. */
  const row = (label: string, cell: (c: DuplicateCandidate) => ReactNode, testId?: string) => (
    <tr>
      <th scope="row" className={styles.th}>
        {label}
      </th>
      {candidates.map((c) => (
        <td key={c.file} className={styles.td} data-testid={testId}>
          {cell(c)}
        </td>
      ))}
    </tr>
  );
  return (
    <section className={styles.root} data-testid={`duplicates-${comparison.region}`} data-by={comparison.by}>
      <h3 className={styles.title}>{t.dupTitle(comparison.region)}</h3>
      {comparison.by === "ask" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.dupWhy.ask}</MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.small}>{t.dupWhy[comparison.by]}</p>
      )}
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.th} />
            {candidates.map((c) => (
              <th key={c.file} className={styles.head} scope="col">
                {c.file}
                {comparison.by !== "ask" && c.file === comparison.used ? ` (${t.dupInUse})` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TABLES.map((def) => (
            <tr key={def.number}>
              <th scope="row" className={styles.th}>
                {t.dupTable(def.number)}
              </th>
              {candidates.map((c) => (
                <td key={c.file} className={`${styles.td} ${c.dropsTables.includes(def.number) ? styles.drop : ""}`}>
                  {c.rows[def.number] ?? 0}
                </td>
              ))}
            </tr>
          ))}
          {row(t.dupFindings, (c) => t.counts(c.findings.fel, c.findings.varning))}
          {row(t.dupCreated, (c) => c.created, "dup-created")}
          {row(t.dupFileDate, (c) => c.fileDate, "dup-filedate")}
          {row(t.dupDifferences, (c) => (c.differences ? t.dupDiff(c.differences.added, c.differences.removed, c.differences.changed) : "–"), "dup-diff")}
          <tr>
            <th className={styles.th} />
            {candidates.map((c) => (
              <td key={c.file} className={styles.td}>
                <Button size="small" appearance={comparison.by === "ask" ? "primary" : "secondary"} disabled={disabled || (comparison.by !== "ask" && c.file === comparison.used)} onClick={() => choose(c)}>
                  {t.dupUse(c.file)}
                </Button>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <Dialog open={!!confirm} onOpenChange={(_, data) => !data.open && setConfirm(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.dupDropsTitle}</DialogTitle>
            <DialogContent>{confirm ? t.dupDropsBody(confirm.file, tableList(confirm)) : ""}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(null)}>
                {t.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const file = confirm?.file;
                  setConfirm(null);
                  if (file) onChoose(file);
                }}
              >
                {t.dupDropsConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
