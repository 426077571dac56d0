import { Button, Dropdown, Field, makeStyles, Option, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { type ChangeEvent, useRef, useState } from "react";
import { consolidate, type ConsolidationInput, type ConsolidationResult, mergeMappings } from "../core/consolidation";
import type { SheetMapping } from "../core/recognise";
import type { SheetGrid } from "../core/grid";
import type { Region } from "../core/regions";
import { isMasterWorkbook } from "../core/validation";
import type { OpenWorkbook } from "../excel";
import { Board } from "./Board";
import { MapSheets } from "./MapSheets";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { nextPaint, readFileBytes } from "./files";
import { useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  small: { fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

type Status = { kind: "idle" } | { kind: "reading"; done: number; total: number; file: string } | { kind: "working" } | { kind: "done"; text: string } | { kind: "error"; text: string };

const today = () => new Date().toISOString().slice(0, 10);

/** The coordinator's view: pick the regions' workbooks, see the board, write the master. */
export function ConsolidateView({ workbook }: { workbook: OpenWorkbook }) {
  const t = useMessages();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [inputs, setInputs] = useState<ConsolidationInput[]>([]);
  const [previous, setPrevious] = useState<SheetGrid[] | undefined>();
  const [choices, setChoices] = useState<Partial<Record<Region, string>>>({});
  const [result, setResult] = useState<ConsolidationResult | null>(null);
  const [clashes, setClashes] = useState<string[]>([]);
  const [mappings, setMappings] = useState<SheetMapping[]>([]);

  async function run(nextInputs: ConsolidationInput[], nextPrevious: SheetGrid[] | undefined, nextChoices: Partial<Record<Region, string>>, nextMappings: SheetMapping[] = mappings) {
    setStatus({ kind: "working" });
    await nextPaint();
    setResult(consolidate(nextInputs, { previous: nextPrevious, choices: nextChoices, mappings: nextMappings, runDate: today() }));
    setStatus({ kind: "idle" });
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (!files.length) return;
    try {
      const open = await workbook.readSheets();
      const earlier = isMasterWorkbook(open) ? open : undefined;
      const read: ConsolidationInput[] = [];
      for (const [i, file] of files.entries()) {
        setStatus({ kind: "reading", done: i, total: files.length, file: file.name });
        await nextPaint();
        // Loaded on first use: the .xlsx reader (exceljs) stays out of the pane's first bundle.
        const { consolidationInput } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/browser.js");
        read.push(await consolidationInput(file.name, await readFileBytes(file), new Date(file.lastModified).toISOString()));
      }
      setInputs(read);
      setPrevious(earlier);
      setChoices({});
      await run(read, earlier, {});
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  async function write(replaceExisting: boolean) {
    if (!result) return;
    setClashes([]);
    setStatus({ kind: "working" });
    try {
      const names = result.spec.sheets.map((s) => s.name);
      const existing = replaceExisting ? [] : await workbook.existingSheetNames(names);
      if (existing.length) {
        setClashes(existing);
        setStatus({ kind: "idle" });
        return;
      }
      await workbook.writeSpec(result.spec, { replaceExisting });
      setStatus({ kind: "done", text: t.masterWritten(result.reconciliation.total.rowsInMaster, names.length) });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  const total = result?.reconciliation.total;
  const rejectedByReason = new Map<string, number>();
  for (const row of result?.rejected ?? []) rejectedByReason.set(row.reason, (rejectedByReason.get(row.reason) ?? 0) + 1);
  const busy = status.kind === "reading" || status.kind === "working";

  return (
    <div className={styles.root}>
      <p>{t.consolidateIntro}</p>
      <div className={styles.row}>
        <Button appearance={result ? "secondary" : "primary"} disabled={busy} onClick={() => fileInput.current?.click()}>
          {t.chooseFiles}
        </Button>
        <input ref={fileInput} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={pick} data-testid="consolidate-files" />
        {result && (
          <Button appearance="primary" disabled={busy} onClick={() => write(false)}>
            {t.writeMaster}
          </Button>
        )}
      </div>
      {status.kind === "reading" && (
        <Field validationMessage={t.readingFile(status.done + 1, status.total, status.file)} validationState="none">
          <ProgressBar value={status.done / status.total} />
        </Field>
      )}
      {status.kind === "working" && <Spinner size="tiny" label={t.consolidating} />}
      {status.kind === "done" && (
        <Notice intent="success" text={status.text} testId="consolidate-status" />
      )}
      {status.kind === "error" && (
        <Notice intent="error" text={status.text} />
      )}
      {result && total && (
        <>
          {previous && <p className={styles.small}>{t.previousFound}</p>}
          <p className={styles.small} data-testid="regions-received">
            {t.regionsReceived(result.board.filter((b) => b.received).length, result.missingRegions.join(", "))}
          </p>
          <p className={styles.small} data-testid="findings-total">
            {t.findingsTotal(
              result.files.reduce((sum, f) => sum + f.findings.fel, 0),
              result.files.reduce((sum, f) => sum + f.findings.varning, 0)
            )}
          </p>
          <p className={styles.small} data-testid="reconciliation">
            {t.reconciliation(total.rowsRead, total.rowsInMaster, total.rowsRejected)}
          </p>
          {result.files
            .filter((f) => f.status === "unreadable" || f.status === "no-tables" || f.status === "empty" || f.status === "several-regions" || f.status === "no-region")
            .map((f) => (
              <Notice key={f.file} intent="warning" text={t.unreadable(f.file, f.messages.join(" "))} />
            ))}
          {result.duplicates.map((d) => (
            <Field key={d.region} label={t.duplicateChoice(d.region)} hint={d.why}>
              <Dropdown
                value={d.used}
                selectedOptions={[d.used]}
                onOptionSelect={(_, data) => {
                  const next = { ...choices, [d.region]: data.optionValue };
                  setChoices(next);
                  void run(inputs, previous, next);
                }}
              >
                {d.files.map((file) => (
                  <Option key={file} value={file}>
                    {file}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          {rejectedByReason.size > 0 && (
            <div>
              <p className={styles.small}>{t.rejectedSummary(result.rejected.length)}</p>
              <ul className={styles.list}>
                {[...rejectedByReason].map(([reason, count]) => (
                  <li key={reason}>
                    {count} × {reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <MapSheets
            result={result}
            onMap={(m) => {
              const next = mergeMappings(mappings, [m]);
              setMappings(next);
              void run(inputs, previous, choices, next);
            }}
          />
          <Board board={result.board} />
        </>
      )}
      <ConfirmReplaceDialog sheets={clashes} onReplace={() => write(true)} onCancel={() => setClashes([])} />
    </div>
  );
}
