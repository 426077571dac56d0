import { Button, Checkbox, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { todayInSweden, yearBeforeThis } from "../core/dates";
import { useEffect, useRef, useState } from "react";
import type { SheetGrid } from "../core/grid";
import { parseReportYear } from "../core/template";
import type { OpenWorkbook } from "../excel";
import { type Language, LanguageContext, useMessages } from "./i18n";
import { Notice } from "./Notice";
import type * as Publish from "./publish";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  small: { fontSize: tokens.fontSizeBase200, margin: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

/** The publication code and the docx library, fetched when the button is first pressed (see publish.ts). */
export type LoadPublisher = () => Promise<Pick<typeof Publish, "makePublication" | "NotAMasterError">>;

const loadPublisher: LoadPublisher = () => import(/* webpackChunkName: "publication" */ "./publish.js");

export interface PublishPanelProps {
  /** The open workbook (its sheets are read when the button is pressed), or the master's grids themselves. */
  workbook: Pick<OpenWorkbook, "readSheets"> | { grids: SheetGrid[] };
  /** The pane's language (the document itself is Swedish, as published); defaults to the surrounding one. */
  language?: Language;
  /** For tests: where the publication code comes from (default: the lazily loaded chunk). */
  load?: LoadPublisher;
  /** ISO date on the title page (default: today). */
  date?: string;
}

type Status = { kind: "idle" } | { kind: "reading" } | { kind: "building" } | { kind: "done"; file: string; regions: number } | { kind: "error"; text: string };

// The date in Sweden, not UTC: just after midnight Swedish time is still yesterday in UTC.
const today = () => todayInSweden();

/**
 * "Skapa publikation": reads the open master, makes the Word document and offers it as a download.
 * The download is an <a download> on a Blob URL, clicked for the user and left on screen to click
 * again. Excel on the web (a browser) saves it like any download; Excel on Windows (WebView2) shows
 * its download prompt; Excel on Mac (WKWebView) may ignore the download attribute, and there the
 * visible link is what the user has.
 */
export function PublishPanel({ workbook, language, load = loadPublisher, date }: PublishPanelProps) {
  const panel = <PanelBody workbook={workbook} load={load} date={date} />;
  return language ? <LanguageContext.Provider value={language}>{panel}</LanguageContext.Provider> : panel;
}

function PanelBody({ workbook, load, date }: Required<Pick<PublishPanelProps, "workbook" | "load">> & { date?: string }) {
  const t = useMessages();
  const styles = useStyles();
  const [yearText, setYearText] = useState(String(yearBeforeThis()));
  // Until the user changes the year, the master's Redovisningsår (when it has one) is the year.
  const [yearTouched, setYearTouched] = useState(false);
  const [appendix, setAppendix] = useState(false);
  const [pageNumbers, setPageNumbers] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [download, setDownload] = useState<{ url: string; file: string } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const year = parseReportYear(yearText);

  // A Blob URL holds the document in memory until it is revoked.
  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);
  useEffect(() => {
    if (download && status.kind === "done") link.current?.click();
  }, [download, status.kind]);

  async function publish() {
    if (year === null) return;
    try {
      setStatus({ kind: "reading" });
      const grids = "grids" in workbook ? workbook.grids : await workbook.readSheets();
      setStatus({ kind: "building" });
      const publisher = await load();
      let made;
      try {
        made = await publisher.makePublication(grids, { year, masterYear: !yearTouched, date: date ?? today(), appendix, pageNumbers });
      } catch (error) {
        if (error instanceof publisher.NotAMasterError) {
          setStatus({ kind: "error", text: t.publishNotMaster });
          return;
        }
        throw error;
      }
      setYearText(String(made.year));
      const url = URL.createObjectURL(new Blob([made.bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      setDownload({ url, file: made.fileName });
      setStatus({ kind: "done", file: made.fileName, regions: made.regions });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  const busy = status.kind === "reading" || status.kind === "building";
  return (
    <section className={styles.root} data-testid="publish-panel">
      <h2 className={styles.title}>{t.publishTitle}</h2>
      <p className={styles.small}>{t.publishIntro}</p>
      <div className={styles.row}>
        <Field label={t.publishYear} hint={yearTouched ? undefined : t.publishYearHint} validationMessage={year === null ? t.yearInvalid : undefined} validationState={year === null ? "error" : "none"}>
          <Input
            value={yearText}
            onChange={(_, data) => {
              setYearText(data.value);
              setYearTouched(true);
            }}
            style={{ width: "7em" }}
          />
        </Field>
        <Button appearance="primary" disabled={busy || year === null} onClick={publish}>
          {t.publishButton}
        </Button>
      </div>
      <Checkbox checked={appendix} onChange={(_, data) => setAppendix(data.checked === true)} label={t.publishAppendix} />
      <Checkbox checked={pageNumbers} onChange={(_, data) => setPageNumbers(data.checked === true)} label={t.publishPageNumbers} />
      {status.kind === "reading" && <Spinner size="tiny" label={t.publishReading} />}
      {status.kind === "building" && <Spinner size="tiny" label={t.publishBuilding} />}
      {status.kind === "done" && <Notice intent="success" text={t.publishDone(status.file, status.regions)} testId="publish-status" />}
      {status.kind === "error" && <Notice intent="error" text={status.text} testId="publish-error" />}
      {download && (
        <a ref={link} href={download.url} download={download.file} className={styles.small} data-testid="publish-download">
          {t.publishDownload(download.file)}
        </a>
      )}
    </section>
  );
}
