import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Acceptance, Finding } from "../../core/validation";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AcceptFormProps {
  /** The warnings to accept: one, or several with the same message. */
  findings: Finding[];
  /** The name used last time, to start from. */
  defaultBy: string;
  now: () => Date;
  onAccept(findings: Finding[], acceptance: Acceptance): void;
  onCancel(): void;
}

/**
 * "Godkänn med motivering", under the warning it accepts: a reason (required) and a name, kept with
 * the exception in the workbook. A form in the list rather than a modal dialog, so the warning stays
 * in view at 350 px; focus goes to the reason, Esc or Avbryt closes it.
 */
export function AcceptForm({ findings, defaultBy, now, onAccept, onCancel }: AcceptFormProps) {
  const t = useMessages();
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const [by, setBy] = useState(defaultBy);
  const [tried, setTried] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const introId = useId();
  useEffect(() => reasonRef.current?.focus(), []);
  const missing = !reason.trim();

  function submit() {
    setTried(true);
    if (missing) {
      reasonRef.current?.focus();
      return;
    }
    onAccept(findings, { reason: reason.trim(), by: by.trim(), at: isoMinute(now()) });
  }

  return (
    <form
      className={styles.form}
      aria-labelledby={titleId}
      aria-describedby={introId}
      data-testid="accept-form"
      // Our own message for a missing reason, in the pane's language, rather than the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h4 className={styles.title} id={titleId}>
        {findings.length > 1 ? `${t.acceptTitle} (${findings.length})` : t.acceptTitle}
      </h4>
      <p className={styles.intro} id={introId}>
        {t.acceptIntro}
      </p>
      <Field label={t.acceptReason} required hint={t.acceptReasonHint} validationState={tried && missing ? "error" : "none"} validationMessage={tried && missing ? t.acceptReasonRequired : undefined}>
        <Textarea ref={reasonRef} value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" data-testid="accept-reason" />
      </Field>
      <Field label={t.acceptBy} hint={t.acceptByHint}>
        <Input value={by} onChange={(_, data) => setBy(data.value)} data-testid="accept-by" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t.acceptConfirm}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}

/** Local time with offset, to the minute: "2024-03-01T10:00+01:00" reads well and sorts. */
export function isoMinute(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
