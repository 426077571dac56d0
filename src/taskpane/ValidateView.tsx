import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, ValidationResult } from "../core/validation";
import type { OpenWorkbook } from "../excel";
import { useLanguage, useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
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
  },
  message: { whiteSpace: "normal", wordBreak: "break-word" },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  suggestions: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Status = { kind: "idle" } | { kind: "working" } | { kind: "error"; text: string };

/** Findings per sheet, in the order validation gives them (workbook order, then row). */
export function groupBySheet(findings: readonly Finding[], workbookLabel: string): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.sheet ?? workbookLabel;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups];
}

/** The reviewer's view: run the rules, walk the findings, jump to each cell. */
export function ValidateView({ workbook }: { workbook: OpenWorkbook }) {
  const t = useMessages();
  const language = useLanguage();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run() {
    setStatus({ kind: "working" });
    setNotice(null);
    try {
      setResult(await workbook.validate(language));
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  async function act(action: () => Promise<void>, done?: string) {
    try {
      await action();
      if (done) setNotice(done);
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  const groups = result ? groupBySheet(result.findings, t.workbookLevel) : [];
  return (
    <div className={styles.root}>
      <p>{t.validateIntro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={status.kind === "working"}>
          {t.runValidation}
        </Button>
        {result && result.findings.length > 0 && (
          <Button onClick={() => act(() => workbook.writeValidationReport(result.findings), t.reportWritten)}>{t.writeReport}</Button>
        )}
        {status.kind === "working" && <Spinner size="tiny" label={t.validating} />}
      </div>
      {status.kind === "error" && (
        <Notice intent="error" text={status.text} />
      )}
      {notice && (
        <Notice intent="success" text={notice} />
      )}
      {result && result.findings.length === 0 && (
        <Notice intent="success" text={t.noFindings} testId="validation-summary" />
      )}
      {result && result.findings.length > 0 && (
        <div className={styles.counts} data-testid="validation-summary" aria-label={t.counts(result.counts.fel, result.counts.varning)}>
          <Badge color="danger" appearance="filled">
            {t.errorCount(result.counts.fel)}
          </Badge>
          <Badge color="warning" appearance="filled">
            {t.warningCount(result.counts.varning)}
          </Badge>
        </div>
      )}
      {groups.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={groups.map(([sheet]) => sheet)}>
          {groups.map(([sheet, findings]) => {
            const errors = findings.filter((f) => f.severity === "fel").length;
            return (
              <AccordionItem key={sheet} value={sheet}>
                <AccordionHeader size="small">
                  {sheet} ({t.counts(errors, findings.length - errors)})
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {findings.map((finding, i) => (
                      <li key={`${finding.code}-${finding.cell ?? ""}-${i}`}>
                        <Button
                          appearance="subtle"
                          className={styles.finding}
                          disabled={!finding.sheet || !finding.cell}
                          title={finding.cell ? t.goToCell(finding.cell) : undefined}
                          onClick={() => finding.sheet && finding.cell && act(() => workbook.selectCell(finding.sheet!, finding.cell!))}
                          data-finding={finding.code}
                        >
                          <Badge size="small" color={finding.severity === "fel" ? "danger" : "warning"} appearance="tint">
                            {finding.severity === "fel" ? t.severityError : t.severityWarning}
                          </Badge>
                          <span className={styles.message}>
                            {finding.message}
                            <br />
                            <span className={styles.where}>
                              {[finding.cell, finding.column, finding.code].filter(Boolean).join(" · ")}
                            </span>
                          </span>
                        </Button>
                        {finding.suggestions && finding.suggestions.length > 0 && (
                          <p className={styles.suggestions}>
                            {t.suggestions} {finding.suggestions.join("; ")}
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
