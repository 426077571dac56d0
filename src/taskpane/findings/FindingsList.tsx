import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Finding } from "../../core/validation";
import { useMessages } from "../i18n";
import { findingKey, type Group, type Item } from "./state";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  headingCounts: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorBrandStroke1}` },
  main: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    justifyContent: "start",
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  focusable: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  message: { whiteSpace: "normal", wordBreak: "break-word" },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: "normal", wordBreak: "break-word" },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXS },
  cells: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  cell: { justifyContent: "start", textAlign: "left", fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  note: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
});

export interface FindingsListProps {
  groups: Group[];
  /** The key of the finding Nästa/Föregående selected. */
  current: string | null;
  onSelect(finding: Finding): void;
  onAccept(findings: Finding[]): void;
  /** The item whose "Godkänn med motivering" form is open, and the form. */
  accepting: string | null;
  acceptForm: ReactNode;
}

/** "C61 · Mål · Gotland · Källa: 2023 Gotland.xlsx, Tabell 3, rad 6": where the finding is, whom it concerns, where the row came from. */
function useWhere() {
  const t = useMessages();
  return (f: Finding, withCell = true) => {
    const elsewhere = (f.sourceFile !== undefined && f.sourceFile !== f.file) || (f.sourceSheet !== undefined && f.sourceSheet !== f.sheet) || (f.sourceRow !== undefined && f.sourceRow !== f.row);
    return [
      withCell ? f.cell ?? (f.sheet ? undefined : t.noCell) : undefined,
      f.column,
      f.region,
      elsewhere ? t.sourceLabel(f.sourceFile ?? "", f.sourceSheet ?? "", f.sourceRow !== undefined ? t.rowLabel(f.sourceRow) : "") : undefined,
    ]
      .filter(Boolean)
      .join(" · ");
  };
}

function Status({ finding }: { finding: Finding }) {
  const t = useMessages();
  const styles = useStyles();
  const a = finding.accepted ?? finding.reopened;
  if (!a) return null;
  const text = finding.accepted ? t.acceptedLabel(a.by, a.at.slice(0, 10), a.reason) : t.reopenedLabel(a.by, a.at.slice(0, 10), a.reason);
  return <p className={styles.note}>{text}</p>;
}

function SeverityBadge({ finding }: { finding: Finding }) {
  const t = useMessages();
  if (finding.accepted) return <Badge size="small" color="success" appearance="tint">{t.severityAccepted}</Badge>;
  return (
    <Badge size="small" color={finding.severity === "fel" ? "danger" : "warning"} appearance="tint">
      {finding.severity === "fel" ? t.severityError : t.severityWarning}
    </Badge>
  );
}

function ItemView({ item, current, onSelect, onAccept, accepting, acceptForm }: { item: Item } & Omit<FindingsListProps, "groups">) {
  const t = useMessages();
  const styles = useStyles();
  const where = useWhere();
  const [open, setOpen] = useState(false);
  const first = item.findings[0];
  const many = item.findings.length > 1;
  const holdsCurrent = item.findings.some((f) => findingKey(f) === current);
  const expanded = many && (open || holdsCurrent);
  const tone = first.accepted ? styles.accepted : first.severity === "fel" ? styles.error : styles.warning;
  const acceptable = first.severity === "varning" && item.findings.some((f) => !f.accepted);
  const isCurrent = !many && findingKey(first) === current;
  const body = (
    <>
      <SeverityBadge finding={first} />
      <span className={styles.message}>
        {item.message}
        <br />
        <span className={styles.detail}>{many ? t.sameMessage(item.findings.length) : where(first)}</span>
        <br />
        <span className={styles.code}>{t.codeLabel(item.code)}</span>
      </span>
    </>
  );
  return (
    <li className={mergeClasses(styles.item, tone, isCurrent && styles.current)} data-key={item.key} aria-current={isCurrent ? "true" : undefined}>
      {!many && first.sheet && first.cell ? (
        <Button appearance="subtle" className={styles.main} title={t.goToCell(first.cell)} onClick={() => onSelect(first)} data-finding={item.code} data-cell={first.cell} data-region={first.region ?? ""}>
          {body}
        </Button>
      ) : (
        // A finding with no cell (a missing table) or several cells: readable and reachable by keyboard, never a disabled button.
        <div className={mergeClasses(styles.main, styles.focusable)} tabIndex={0} data-finding={item.code} data-region={first.region ?? ""}>
          {body}
        </div>
      )}
      {!many && <Status finding={first} />}
      {first.suggestions && first.suggestions.length > 0 && (
        <p className={styles.note}>
          {t.suggestions} {first.suggestions.join("; ")}
        </p>
      )}
      {(many || acceptable) && (
        <div className={styles.actions}>
          {many && (
            <Button size="small" appearance="transparent" aria-expanded={expanded} onClick={() => setOpen(!expanded)}>
              {expanded ? t.hideCells : t.showCells(item.findings.length)}
            </Button>
          )}
          {acceptable && (
            <Button size="small" onClick={() => onAccept(item.findings.filter((f) => !f.accepted))} aria-expanded={accepting === item.key} data-accept={item.key}>
              {t.accept}
            </Button>
          )}
        </div>
      )}
      {accepting === item.key && acceptForm}
      {expanded && (
        <ul className={styles.cells}>
          {item.findings.map((f) => {
            const here = findingKey(f) === current;
            return (
              <li key={findingKey(f)} className={mergeClasses(here && styles.current)} aria-current={here ? "true" : undefined}>
                {f.sheet && f.cell ? (
                  <Button size="small" appearance="subtle" className={styles.cell} onClick={() => onSelect(f)} data-finding={f.code} data-cell={f.cell} data-region={f.region ?? ""}>
                    {where(f)}
                  </Button>
                ) : (
                  <span className={styles.detail}>{where(f)}</span>
                )}
                <Status finding={f} />
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** The findings, grouped, each group a heading and a list; counts per group in words. */
export function FindingsList({ groups, ...rest }: FindingsListProps) {
  const t = useMessages();
  const styles = useStyles();
  return (
    <div data-testid="findings">
      {groups.map((group, i) => (
        <section key={group.key} className={styles.group} aria-labelledby={`findings-group-${i}`}>
          <h3 className={styles.heading} id={`findings-group-${i}`}>
            {group.label}{" "}
            <span className={styles.headingCounts}>
              ({t.counts(group.counts.fel, group.counts.varning)}
              {group.counts.accepted ? `, ${t.acceptedCount(group.counts.accepted)}` : ""})
            </span>
          </h3>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <ItemView key={item.key} item={item} {...rest} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
