import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { yearBeforeThis } from "../core/dates";
import { REGIONS, type Region } from "../core/regions";
import { buildTemplate, parseReportYear, templateSheetNames } from "../core/template";
import type { OpenWorkbook } from "../excel";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Status = { kind: "idle" } | { kind: "working" } | { kind: "done"; text: string } | { kind: "error"; text: string } | { kind: "info"; text: string };

export interface TemplateViewProps {
  workbook: OpenWorkbook;
  defaultYear?: number;
}

/** The regional officer's first step: region and year in, the report sheets out. */
export function TemplateView({ workbook, defaultYear = yearBeforeThis() }: TemplateViewProps) {
  const t = useMessages();
  const styles = useStyles();
  const [region, setRegion] = useState<Region | "">("");
  const [yearText, setYearText] = useState(String(defaultYear));
  const [contact, setContact] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [clashes, setClashes] = useState<string[]>([]);
  const year = parseReportYear(yearText);

  async function write(replaceExisting: boolean) {
    if (!region || year === null) return;
    setClashes([]);
    setStatus({ kind: "working" });
    try {
      const spec = buildTemplate({ region, year, contact: contact.trim() || undefined });
      await workbook.writeSpec(spec, { replaceExisting });
      setStatus({ kind: "done", text: t.templateCreated(region, year, spec.sheets.filter((s) => !s.hidden).length) });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  async function create() {
    if (!region) {
      setStatus({ kind: "error", text: t.regionRequired });
      return;
    }
    setStatus({ kind: "working" });
    try {
      const existing = await workbook.existingSheetNames(templateSheetNames());
      if (existing.length) {
        setStatus({ kind: "idle" });
        setClashes(existing);
        return;
      }
      await write(false);
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  return (
    <div className={styles.form}>
      <p>{t.templateIntro}</p>
      <Field label={t.regionLabel} required>
        <Dropdown
          placeholder={t.regionPlaceholder}
          value={region}
          selectedOptions={region ? [region] : []}
          onOptionSelect={(_, data) => setRegion((data.optionValue as Region) ?? "")}
          data-testid="region"
        >
          {REGIONS.map((r) => (
            <Option key={r} value={r}>
              {r}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.yearLabel} required validationState={year === null ? "error" : "none"} validationMessage={year === null ? t.yearInvalid : undefined}>
        <Input value={yearText} onChange={(_, data) => setYearText(data.value)} inputMode="numeric" data-testid="year" />
      </Field>
      <Field label={t.contactLabel} hint={t.contactHint}>
        <Input value={contact} onChange={(_, data) => setContact(data.value)} data-testid="contact" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={create} disabled={status.kind === "working" || year === null}>
          {t.createTemplate}
        </Button>
        {status.kind === "working" && <Spinner size="tiny" label={t.creating} />}
      </div>
      {status.kind === "done" && (
        <Notice intent="success" text={status.text} testId="status" />
      )}
      {status.kind === "info" && (
        <Notice intent="info" text={status.text} testId="status" />
      )}
      {status.kind === "error" && (
        <Notice intent="error" text={status.text} testId="status" />
      )}
      <ConfirmReplaceDialog
        sheets={clashes}
        onReplace={() => write(true)}
        onCancel={() => {
          setClashes([]);
          setStatus({ kind: "info", text: t.cancelled });
        }}
      />
    </div>
  );
}
