import { Badge, Button, makeStyles, Spinner, Switch, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { TABLES } from "../core/tables";
import type { Acceptance, Finding, ValidationResult } from "../core/validation";
import type { ChangedCells, LiveHandlers, OpenWorkbook } from "../excel";
import { errorText } from "./errorText";
import { AcceptForm } from "./findings/AcceptForm";
import { FindingFilters } from "./findings/FindingFilters";
import { FindingsList } from "./findings/FindingsList";
import { applyFilters, findingKey, groupFindings, initialState, reducer, step, steps } from "./findings/state";
import { useLanguage, useMessages } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  status: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, minHeight: "1em" },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  position: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  empty: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start", padding: tokens.spacingVerticalM, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  emptyTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, fontSize: tokens.fontSizeBase200 },
  error: {
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  clean: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorStatusSuccessBorder1}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Status = { kind: "idle" } | { kind: "working" } | { kind: "error"; text: string };

/** Where the reviewer's name is remembered between sessions (the pane's own storage, not the workbook). */
export interface NameStore {
  get(): string;
  set(name: string): void;
}

const NAME_KEY = "regionrapport.granskare";
export const browserNameStore: NameStore = {
  get: () => {
    try {
      return window.localStorage.getItem(NAME_KEY) ?? "";
    } catch {
      return "";
    }
  },
  set: (name) => {
    try {
      window.localStorage.setItem(NAME_KEY, name);
    } catch {
      // Storage may be off (private mode): the name is then asked for again next time.
    }
  },
};

/** Findings by sheet, as validation orders them (kept for callers of the earlier view). */
export function groupBySheet(findings: readonly Finding[], workbookLabel: string): [string, Finding[]][] {
  return groupFindings(findings, "sheet", workbookLabel).map((g) => [g.label, g.items.flatMap((i) => i.findings)]);
}

/** Nothing to validate: not one table of the report in the workbook. */
function isEmptyWorkbook(result: ValidationResult): boolean {
  return result.findings.filter((f) => f.code === "TABLE_MISSING").length === TABLES.length;
}

export interface ValidateViewProps {
  workbook: OpenWorkbook;
  /** Opens the Mall tab (the empty state's way forward). */
  onGoToTemplate?: () => void;
  now?: () => Date;
  names?: NameStore;
}

/** The reviewer's view: validate, walk the findings (filters, groups, next/previous), accept warnings with a reason. */
export function ValidateView({ workbook, onGoToTemplate, now = () => new Date(), names = browserNameStore }: ValidateViewProps) {
  const t = useMessages();
  const language = useLanguage();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [list, dispatch] = useReducer(reducer, undefined, () => initialState());
  const [accepting, setAccepting] = useState<{ key: string; findings: Finding[] } | null>(null);
  const [live, setLive] = useState(false);
  const openedFrom = useRef<HTMLElement | null>(null);
  const focusAfter = useRef<string | null>(null);
  const runRef = useRef<() => Promise<void>>(async () => {});

  const cellsText = (changed: ChangedCells[]) => changed.map((c) => `${c.sheet}!${c.address}`).join(", ");
  const handlers = useMemo<LiveHandlers>(
    () => ({
      update: (next, changed) => {
        setResult(next);
        setAnnouncement(t.liveUpdated(cellsText(changed), next.counts.fel, next.counts.varning));
      },
      stale: () => {
        setAnnouncement(t.liveStale);
        void runRef.current();
      },
      error: (error) => setStatus({ kind: "error", text: errorText(error, t) }),
    }),
    [t]
  );

  useEffect(() => () => workbook.stopWatching(), [workbook]);

  const run = useCallback(async () => {
    setStatus({ kind: "working" });
    setAnnouncement(t.validating);
    try {
      const next = await workbook.validate(language);
      setResult(next);
      setLive(next.settings.liveValidation);
      const when = now();
      setAnnouncement(`${t.resultAnnouncement(next.counts.fel, next.counts.varning, next.accepted)} ${t.stampWritten(`${when.toLocaleDateString("sv-SE")} ${when.toTimeString().slice(0, 5)}`)}`);
      setStatus({ kind: "idle" });
      if (next.settings.liveValidation && !isEmptyWorkbook(next)) await workbook.watchChanges(handlers);
    } catch (error) {
      setStatus({ kind: "error", text: errorText(error, t) });
      setAnnouncement("");
    }
  }, [workbook, language, t, handlers, now]);
  runRef.current = run;

  async function act(action: () => Promise<string | void>) {
    try {
      const done = await action();
      if (done) setAnnouncement(done);
    } catch (error) {
      setStatus({ kind: "error", text: errorText(error, t) });
    }
  }

  const visible = useMemo(() => (result ? applyFilters(result.findings, list.filters) : []), [result, list.filters]);
  const groups = useMemo(() => groupFindings(visible, list.grouping, t.workbookLevel), [visible, list.grouping, t]);
  const walk = useMemo(() => steps(groups), [groups]);
  const position = list.current ? walk.findIndex((f) => findingKey(f) === list.current) : -1;

  function select(finding: Finding, index = walk.indexOf(finding)) {
    dispatch({ type: "select", key: findingKey(finding) });
    void act(async () => {
      await workbook.selectCell(finding.sheet!, finding.cell!);
      return t.selectedFinding(index + 1, walk.length, `${finding.sheet}!${finding.cell}`);
    });
  }

  function go(direction: 1 | -1) {
    const next = step(walk, list.current, direction);
    if (next) select(next.finding, next.index);
  }

  function openAccept(findings: Finding[]) {
    openedFrom.current = document.activeElement as HTMLElement | null;
    const item = groups.flatMap((g) => g.items).find((i) => i.findings.includes(findings[0]));
    setAccepting({ key: item?.key ?? findingKey(findings[0]), findings });
  }

  function closeAccept() {
    setAccepting(null);
    // Back to the button that opened the form.
    openedFrom.current?.focus();
  }

  function accept(findings: Finding[], acceptance: Acceptance) {
    setAccepting(null);
    names.set(acceptance.by);
    focusAfter.current = findingKey(findings[0]);
    void act(async () => {
      const next = await workbook.acceptFindings(findings, acceptance);
      setResult(next);
      const first = findings[0];
      return t.accepted(first.cell && first.sheet ? `${first.sheet}!${first.cell}` : first.sheet ?? t.workbookLevel);
    });
  }

  // Focus returns to the accepted item once it is drawn again, else to the list's navigation.
  useEffect(() => {
    const key = focusAfter.current;
    if (!key) return;
    focusAfter.current = null;
    const item = [...document.querySelectorAll("[data-key]")].find((el) => el.getAttribute("data-key") === key);
    const target = (item?.querySelector("button, [tabindex='0']") as HTMLElement | null) ?? (document.querySelector("[data-testid=next-finding]") as HTMLElement | null);
    target?.focus();
  }, [result]);

  const empty = result !== null && isEmptyWorkbook(result);
  const anything = result !== null && result.findings.length > 0 && !empty;
  return (
    <div className={styles.root}>
      <p className={styles.intro}>{t.validateIntro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={status.kind === "working"}>
          {t.runValidation}
        </Button>
        {anything && <Button onClick={() => act(async () => (await workbook.writeValidationReport(result.findings, language), t.reportWritten))}>{t.writeReport}</Button>}
        <Button onClick={() => act(async () => t.marksRemoved(await workbook.removeMarks()))} disabled={status.kind === "working"}>
          {t.removeMarks}
        </Button>
        {status.kind === "working" && <Spinner size="tiny" label={t.validating} />}
      </div>
      {result && !empty && (
        <Switch
          checked={live}
          label={t.liveValidation}
          onChange={(_, data) => {
            setLive(data.checked);
            void act(() => workbook.setLiveValidation(data.checked, handlers));
          }}
          data-testid="live-validation"
        />
      )}
      <p className={styles.status} role="status" aria-live="polite" data-testid="validate-status">
        {announcement}
      </p>
      {/* Its own alert region (no MessageBar here: that would announce the error a second time). */}
      <div role="alert" className={status.kind === "error" ? styles.error : undefined} data-testid="validate-error">
        {status.kind === "error" && (
          <>
            <strong>{t.errorTitle}</strong> {status.text}
          </>
        )}
      </div>
      {empty && (
        <div className={styles.empty} data-testid="validation-empty">
          <h2 className={styles.emptyTitle}>{t.emptyWorkbookTitle}</h2>
          <p className={styles.small}>{t.emptyWorkbook}</p>
          {onGoToTemplate && (
            <Button appearance="primary" onClick={onGoToTemplate}>
              {t.goToTemplate}
            </Button>
          )}
        </div>
      )}
      {result && !empty && result.findings.length === 0 && (
        <p className={styles.clean} data-testid="validation-summary">
          {t.noFindings}
        </p>
      )}
      {anything && (
        <>
          <div className={styles.counts} data-testid="validation-summary" aria-label={t.counts(result.counts.fel, result.counts.varning)}>
            <Badge color="danger" appearance="filled">
              {t.errorCount(result.counts.fel)}
            </Badge>
            <Badge color="warning" appearance="filled">
              {t.warningCount(result.counts.varning)}
            </Badge>
            {result.accepted > 0 && (
              <Badge color="success" appearance="filled">
                {t.acceptedCount(result.accepted)}
              </Badge>
            )}
          </div>
          <FindingFilters
            findings={result.findings}
            filters={list.filters}
            grouping={list.grouping}
            language={language}
            onFilter={(filters) => dispatch({ type: "filter", filters })}
            onGroup={(grouping) => dispatch({ type: "group", grouping })}
            onClear={() => dispatch({ type: "clear" })}
          />
          <div className={styles.nav}>
            <Button onClick={() => go(-1)} disabled={!walk.length || position === 0} data-testid="previous-finding">
              {t.previous}
            </Button>
            <Button onClick={() => go(1)} disabled={!walk.length || position === walk.length - 1} data-testid="next-finding">
              {t.next}
            </Button>
            <span className={styles.position} data-testid="findings-shown">
              {position >= 0 ? `${t.position(position + 1, walk.length)} · ` : ""}
              {t.shown(visible.length, result.findings.length)}
            </span>
          </div>
          {visible.length === 0 && <p className={styles.small}>{t.noneMatch}</p>}
          <FindingsList
            groups={groups}
            current={list.current}
            onSelect={(f) => select(f)}
            onAccept={openAccept}
            accepting={accepting?.key ?? null}
            acceptForm={accepting && <AcceptForm findings={accepting.findings} defaultBy={names.get()} now={now} onAccept={accept} onCancel={closeAccept} />}
          />
        </>
      )}
    </div>
  );
}
