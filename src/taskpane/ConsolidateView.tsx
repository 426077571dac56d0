import { Button, Field, makeStyles, ProgressBar, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { todayInSweden } from "../core/dates";
import { type ChangeEvent, useEffect, useMemo, useRef, useState } from "react";
import { consolidationText, mergeMappings, reminderText } from "../core/consolidation";
import type { SheetMapping } from "../core/recognise";
import type { Region } from "../core/regions";
import type { Finding } from "../core/validation";
import type { SheetSpec } from "../core/workbookSpec";
import { isMasterWorkbook } from "../core/validation";
import type { OpenWorkbook } from "../excel";
import { Board, type BoardCellRef, regionStatuses } from "./Board";
import { ChangeSummary } from "./ChangeSummary";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { type ConsolidateRunner, createRunner } from "./consolidateClient";
import type { JobReply, PaneResult } from "./consolidateJob";
import type { DrillTable } from "./drill";
import { DrillDown } from "./DrillDown";
import { DuplicatesPanel } from "./DuplicatesPanel";
import { MapSheets } from "./MapSheets";
import { useLanguage, useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  small: { fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Status =
  | { kind: "idle" }
  | { kind: "reading"; done: number; total: number; file: string }
  | { kind: "working" }
  | { kind: "writing"; done: number; total: number }
  | { kind: "done"; text: string }
  | { kind: "cancelled" }
  | { kind: "error"; text: string };

/** Today in Sweden (the run date on Sammanställning), not UTC's date. */
const today = () => todayInSweden();

/** Copies text: the Clipboard API where the pane may use it, else a selected textarea and execCommand. */
export async function copyText(text: string): Promise<void> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand?.("copy");
    area.remove();
  }
}

/** The coordinator's view: pick the regions' workbooks, see the board, write the master. */
export function ConsolidateView({ workbook, runner: given }: { workbook: OpenWorkbook; runner?: ConsolidateRunner }) {
  const t = useMessages();
  const language = useLanguage();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const runner = useMemo(() => given ?? createRunner(), [given]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [hadPrevious, setHadPrevious] = useState(false);
  const [choices, setChoices] = useState<Partial<Record<Region, string>>>({});
  const [mappings, setMappings] = useState<SheetMapping[]>([]);
  const [result, setResult] = useState<PaneResult | null>(null);
  const [tables, setTables] = useState<Record<string, DrillTable>>({});
  const sheetWaiters = useRef(new Map<number, (sheet: SheetSpec) => void>());
  const [clashes, setClashes] = useState<string[]>([]);
  /** What the replace dialog's yes does: write the master again, or the feedback sheets. */
  const [onReplace, setOnReplace] = useState<() => void>(() => () => undefined);
  const [selected, setSelected] = useState<BoardCellRef | null>(null);
  const [findings, setFindings] = useState<Record<string, Finding[]>>({});
  const [written, setWritten] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [feedbackAs, setFeedbackAs] = useState<"sheets" | "files">("sheets");
  const [feedbackUrl, setFeedbackUrl] = useState<{ url: string; files: number } | null>(null);
  const feedbackLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => runner.cancel(), [runner]);

  function onReply(reply: JobReply) {
    if (reply.kind === "reading") setStatus({ kind: "reading", done: reply.done, total: reply.total, file: reply.file });
    else if (reply.kind === "consolidating") setStatus({ kind: "working" });
    else if (reply.kind === "done") {
      setResult(reply.result);
      setStatus({ kind: "idle" });
    } else if (reply.kind === "findings") setFindings((all) => ({ ...all, [reply.file]: reply.findings }));
    else if (reply.kind === "rows") setTables((all) => ({ ...all, [`${reply.cell.region}:${reply.cell.table}`]: reply.table }));
    else if (reply.kind === "feedback") void writeFeedback(reply.sheets, false);
    else if (reply.kind === "feedbackFiles") {
      if (feedbackUrl) URL.revokeObjectURL(feedbackUrl.url);
      const url = URL.createObjectURL(new Blob([reply.zip as BlobPart], { type: "application/zip" }));
      setFeedbackUrl({ url, files: reply.files.length });
      setStatus({ kind: "done", text: t.feedbackFilesReady(reply.files.length) });
      if (reply.files.length) setTimeout(() => feedbackLink.current?.click(), 0);
    }
    else if (reply.kind === "sheet") {
      sheetWaiters.current.get(reply.index)?.(reply.sheet);
      sheetWaiters.current.delete(reply.index);
    } else setStatus({ kind: "error", text: reply.message || t.workerFailed });
  }

  function clear() {
    setResult(null);
    setSelected(null);
    setFindings({});
    setTables({});
    setWritten(false);
    setCopied(null);
    setClashes([]);
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (!files.length) return;
    // A new batch: the old result goes at once, so nothing on screen belongs to the wrong files.
    clear();
    setChoices({});
    setStatus({ kind: "reading", done: 0, total: files.length, file: files[0].name });
    try {
      const open = await workbook.readSheets();
      const earlier = isMasterWorkbook(open) ? open : undefined;
      setHadPrevious(!!earlier);
      runner.send({ kind: "start", files: files.map((file) => ({ name: file.name, lastModified: file.lastModified, data: file })), previous: earlier, runDate: today() }, onReply);
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  /** The same batch again, with the coordinator's choices of file and mappings of sheets. */
  function rerun(nextChoices: Partial<Record<Region, string>>, nextMappings: SheetMapping[]) {
    setChoices(nextChoices);
    setMappings(nextMappings);
    setSelected(null);
    setFindings({});
    setTables({});
    setWritten(false);
    setStatus({ kind: "working" });
    runner.send({ kind: "choose", choices: nextChoices, mappings: nextMappings, runDate: today() }, onReply);
  }

  const choose = (region: Region, file: string) => rerun({ ...choices, [region]: file }, mappings);

  function cancel() {
    runner.cancel();
    clear();
    setStatus({ kind: "cancelled" });
  }

  function select(cell: BoardCellRef) {
    setSelected(cell);
    const file = result?.board.find((b) => b.region === cell.region)?.file;
    if (!tables[`${cell.region}:${cell.table}`]) runner.send({ kind: "rows", cell }, onReply);
    if (file && !findings[file]) runner.send({ kind: "findings", file, language }, onReply);
  }

  async function write(replaceExisting: boolean) {
    if (!result) return;
    setClashes([]);
    const names = result.sheetNames;
    setStatus({ kind: "writing", done: 0, total: names.length });
    try {
      const existing = replaceExisting ? [] : await workbook.existingSheetNames(names);
      if (existing.length) {
        setClashes(existing);
        setOnReplace(() => () => void write(true));
        setStatus({ kind: "idle" });
        return;
      }
      // The master's sheets come from the worker one at a time: no single copy blocks the pane.
      const sheets: SheetSpec[] = [];
      for (const [index] of names.entries()) {
        sheets.push(
          await new Promise<SheetSpec>((resolve) => {
            sheetWaiters.current.set(index, resolve);
            runner.send({ kind: "sheet", index }, onReply);
          })
        );
      }
      await workbook.writeSpec({ sheets }, { replaceExisting, partBytes: 500_000, onProgress: (done, total) => setStatus({ kind: "writing", done, total }) });
      setWritten(true);
      setStatus({ kind: "done", text: t.masterWritten(result.reconciliation.total.rowsInMaster, names.length) });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  function feedback() {
    setStatus({ kind: "working" });
    runner.send({ kind: "feedback", language, as: feedbackAs }, onReply);
  }

  async function writeFeedback(sheets: SheetSpec[], replaceExisting: boolean) {
    setClashes([]);
    try {
      if (!sheets.length) {
        setStatus({ kind: "done", text: t.feedbackWritten(0) });
        return;
      }
      const existing = replaceExisting ? [] : await workbook.existingSheetNames(sheets.map((s) => s.name));
      if (existing.length) {
        setClashes(existing);
        setOnReplace(() => () => void writeFeedback(sheets, true));
        setStatus({ kind: "idle" });
        return;
      }
      setStatus({ kind: "writing", done: 0, total: sheets.length });
      await workbook.writeSpec({ sheets }, { replaceExisting, partBytes: 500_000, onProgress: (done, total) => setStatus({ kind: "writing", done, total }) });
      setStatus({ kind: "done", text: t.feedbackWritten(sheets.length) });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  async function copyReminder() {
    if (!result) return;
    // The core's text (the CLI and the pane share it): subject first, then the body, ready to paste into an e-mail.
    const { subject, body } = reminderText(result.missingRegions, language);
    await copyText(`${subject}\n\n${body}`);
    setCopied(t.reminderCopied(result.missingRegions.length));
  }

  const total = result?.reconciliation.total;
  const rejectedByReason = new Map<string, number>();
  // Reasons and file notes from the consolidation's catalog, in the pane's language (the master's sheets stay Swedish).
  const ct = consolidationText(language);
  for (const row of result?.rejected ?? []) {
    const reason = ct.reason(row.code, row.params);
    rejectedByReason.set(reason, (rejectedByReason.get(reason) ?? 0) + 1);
  }
  const busy = status.kind === "reading" || status.kind === "working" || status.kind === "writing";
  const hasRows = (total?.rowsInMaster ?? 0) > 0;
  // Dates seconds apart decide nothing: the coordinator chooses before the master is written.
  const asking = (result?.comparisons ?? []).some((c) => c.by === "ask");
  const statuses = useMemo(() => (result ? regionStatuses(result) : null), [result]);
  const selectedFile = selected ? result?.board.find((b) => b.region === selected.region)?.file : undefined;

  return (
    <div className={styles.root}>
      <p className={styles.small}>{t.consolidateIntro}</p>
      <div className={styles.row}>
        <Button appearance={result && hasRows ? "secondary" : "primary"} disabled={busy} onClick={() => fileInput.current?.click()}>
          {t.chooseFiles}
        </Button>
        <input ref={fileInput} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={pick} data-testid="consolidate-files" />
        {result && (
          <Button appearance={hasRows ? "primary" : "secondary"} disabled={busy || !hasRows || asking} onClick={() => write(false)}>
            {t.writeMaster}
          </Button>
        )}
      </div>
      {(status.kind === "reading" || status.kind === "working" || status.kind === "writing") && (
        <div className={styles.progress} data-testid="consolidate-progress">
          <Field
            validationMessage={status.kind === "reading" ? t.readingFile(status.done + 1, status.total, status.file) : status.kind === "writing" ? t.writingSheet(status.done, status.total) : t.checking}
            validationState="none"
          >
            <ProgressBar value={status.kind === "reading" ? status.done / status.total : status.kind === "writing" ? status.done / Math.max(1, status.total) : undefined} />
          </Field>
          {status.kind !== "writing" && (
            <div>
              <Button size="small" onClick={cancel}>
                {t.cancel}
              </Button>
            </div>
          )}
        </div>
      )}
      {status.kind === "done" && <Notice intent="success" text={status.text} testId="consolidate-status" />}
      {status.kind === "cancelled" && <Notice intent="info" text={t.runCancelled} testId="consolidate-status" />}
      {status.kind === "error" && <Notice intent="error" text={status.text} />}
      {result && total && statuses && (
        <>
          <Board board={result.board} statuses={statuses} selected={selected} onSelect={select} />
          {selected && (
            <DrillDown
              result={result}
              cell={selected}
              table={tables[`${selected.region}:${selected.table}`] ?? null}
              findings={selectedFile ? findings[selectedFile] ?? null : []}
              written={written}
              onShow={(sheet, address) => void workbook.selectCell(sheet, address).catch((error: Error) => setStatus({ kind: "error", text: error.message }))}
              onClose={() => setSelected(null)}
            />
          )}
          {result.comparisons.map((c) => (
            <DuplicatesPanel key={c.region} comparison={c} disabled={busy} onChoose={(file) => choose(c.region, file)} />
          ))}
          {!hasRows && <Notice intent="warning" text={t.noRowsRead} />}
          {hasRows && asking && <Notice intent="warning" text={t.dupAskPending} />}
          <p className={styles.small} data-testid="reconciliation">
            {ct.reconciliation(total)}
          </p>
          <p className={styles.small} data-testid="regions-received">
            {t.regionsReceived(result.board.filter((b) => b.received).length, result.missingRegions.join(", "))}
          </p>
          {result.missingRegions.length > 0 && (
            <div className={styles.row}>
              <Button size="small" onClick={() => void copyReminder()}>
                {t.copyReminder}
              </Button>
              {copied && (
                <span className={styles.small} role="status" data-testid="reminder-copied">
                  {copied}
                </span>
              )}
            </div>
          )}
          <p className={styles.small} data-testid="findings-total">
            {t.findingsTotal(
              result.files.reduce((sum, f) => sum + f.findings.fel, 0),
              result.files.reduce((sum, f) => sum + f.findings.varning, 0)
            )}
          </p>
          {hadPrevious && <p className={styles.small}>{t.previousFound}</p>}
          {result.changes && <ChangeSummary changes={result.changes} />}
          {result.files
            .filter((f) => f.status === "unreadable" || f.status === "no-tables" || f.status === "empty" || f.status === "several-regions" || f.status === "no-region")
            .map((f) => (
              <Notice key={f.file} intent="warning" text={t.unreadable(f.file, (f.notes.length ? f.notes.map(ct.note) : f.messages).join(" "))} testId="file-message" />
            ))}
          {hasRows && (
            <section className={styles.progress} data-testid="feedback">
              <h3 className={styles.heading}>{t.feedbackTitle}</h3>
              <p className={styles.small}>{t.feedbackIntro}</p>
              <RadioGroup value={feedbackAs} onChange={(_, data) => setFeedbackAs(data.value as "sheets" | "files")} aria-label={t.feedbackTitle}>
                <Radio value="sheets" label={t.feedbackAsSheets} />
                <Radio value="files" label={t.feedbackAsFiles} />
              </RadioGroup>
              <div>
                <Button size="small" disabled={busy} onClick={feedback}>
                  {t.feedbackMake}
                </Button>
              </div>
              {feedbackUrl && feedbackUrl.files > 0 && (
                <a ref={feedbackLink} href={feedbackUrl.url} download={t.feedbackZipName} className={styles.small} data-testid="feedback-download">
                  {t.feedbackDownload(t.feedbackZipName)}
                </a>
              )}
            </section>
          )}
          {rejectedByReason.size > 0 && (
            <div>
              <p className={styles.small}>{t.rejectedSummary(result.rejected.length)}</p>
              <ul className={styles.list} data-testid="rejected-reasons">
                {[...rejectedByReason].map(([reason, count]) => (
                  <li key={reason}>
                    {count} × {reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <MapSheets result={result} onMap={(mapping) => rerun(choices, mergeMappings(mappings, [mapping]))} />
        </>
      )}
      <ConfirmReplaceDialog sheets={clashes} onReplace={onReplace} onCancel={() => setClashes([])} />
    </div>
  );
}
