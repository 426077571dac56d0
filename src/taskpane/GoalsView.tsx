import { Button, Checkbox, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { type ChangeEvent, useMemo, useRef, useState } from "react";
import { findGoalSheet, goalSheetSpec, type GoalRow, locateGoalRow, mergeGoalText } from "../core/goalCell";
import type { SheetGrid } from "../core/grid";
import { extendTaxonomy, loadTaxonomy, parseExtensionJson, readGoalSheet, searchTaxonomy, type Taxonomy } from "../core/taxonomy";
import type { OpenWorkbook } from "../excel";
import { readFileText } from "./files";
import { useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  current: { whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200, background: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalS, margin: 0 },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  results: { maxHeight: "320px", overflowY: "auto", display: "flex", flexDirection: "column" },
});

type Status = { kind: "idle" } | { kind: "working" } | { kind: "done"; text: string } | { kind: "info"; text: string } | { kind: "error"; text: string };

/** The bundled taxonomy, extended by the workbook's own "Mål" sheet when it has one. */
function taxonomyOf(grids: SheetGrid[]): Taxonomy {
  const sheet = findGoalSheet(grids);
  return sheet ? extendTaxonomy(loadTaxonomy(), sheet.values) : loadTaxonomy();
}

/** The goal picker: search the taxonomy, tick goals, write canonical references into the row's Mål cell. */
export function GoalsView({ workbook }: { workbook: OpenWorkbook }) {
  const t = useMessages();
  const styles = useStyles();
  const [taxonomy, setTaxonomy] = useState<Taxonomy>(() => loadTaxonomy());
  const [target, setTarget] = useState<GoalRow | null>(null);
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const jsonInput = useRef<HTMLInputElement>(null);
  const groups = useMemo(() => searchTaxonomy(taxonomy, query, { region: target?.region || undefined, limit: 8 }), [taxonomy, query, target?.region]);

  async function attempt(action: () => Promise<void>) {
    setStatus({ kind: "working" });
    try {
      await action();
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }

  const readSelection = () =>
    attempt(async () => {
      const selected = await workbook.getSelectedCell();
      const grids = await workbook.readSheets();
      setTaxonomy(taxonomyOf(grids));
      const row = locateGoalRow(grids, selected.sheet, selected.row);
      setTarget(row);
      setStatus(row ? { kind: "idle" } : { kind: "info", text: t.selectionNotInTable(selected.sheet, selected.address) });
    });

  const insert = () =>
    attempt(async () => {
      if (!target) return;
      const merged = mergeGoalText(target.goalsText, chosen);
      if (!merged.added.length) {
        setStatus({ kind: "info", text: t.nothingToAdd });
        return;
      }
      await workbook.setCellText(target.sheet, target.goalsAddress, merged.text);
      setTarget({ ...target, goalsText: merged.text });
      setChosen([]);
      setStatus({ kind: "done", text: t.goalsWritten(`${target.sheet}!${target.goalsAddress}`, merged.added.length) });
    });

  const importJson = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void attempt(async () => {
      const imported = parseExtensionJson(await readFileText(file));
      const grids = await workbook.readSheets();
      const existing = findGoalSheet(grids);
      const goals = [...(existing ? readGoalSheet(existing.values).goals : []), ...imported.goals];
      const spec = { sheets: [goalSheetSpec(goals)] };
      // Check the whole list before writing: a bad row must not leave half a goal list behind.
      const extended = extendTaxonomy(loadTaxonomy(), spec.sheets[0].values);
      await workbook.writeSpec(spec, { replaceExisting: true });
      setTaxonomy(extended);
      setStatus({ kind: "done", text: t.goalsImported(imported.goals.length) });
    });
  };

  const toggle = (reference: string, on: boolean) => setChosen((list) => (on ? [...list, reference] : list.filter((r) => r !== reference)));

  return (
    <div className={styles.root}>
      <p>{t.goalsIntro}</p>
      <div className={styles.row}>
        <Button onClick={readSelection}>{t.readSelection}</Button>
        {status.kind === "working" && <Spinner size="tiny" />}
      </div>
      {target ? (
        <div data-testid="goal-target">
          <strong>
            {t.selectionRow(target.table, target.row, target.region)} · {target.goalsAddress}
          </strong>
          <p>{t.currentGoals}</p>
          <pre className={styles.current}>{target.goalsText || "–"}</pre>
        </div>
      ) : (
        <p>{t.selectionNone}</p>
      )}
      <Field label={t.searchGoals}>
        <Input value={query} onChange={(_, d) => setQuery(d.value)} placeholder={t.searchPlaceholder} data-testid="goal-search" />
      </Field>
      <div className={styles.results} role="group" aria-label={t.searchGoals}>
        {groups.map((group) => (
          <div key={group.framework}>
            <h3 className={styles.group}>{group.label}</h3>
            {group.hits.map((hit) => (
              <Checkbox
                key={hit.entry.id}
                label={hit.reference}
                checked={chosen.includes(hit.reference)}
                onChange={(_, d) => toggle(hit.reference, Boolean(d.checked))}
              />
            ))}
          </div>
        ))}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!target || chosen.length === 0} onClick={insert}>
          {t.insertGoals}
        </Button>
        <span>{t.chosenGoals(chosen.length)}</span>
      </div>
      <div className={styles.row}>
        <Button onClick={() => jsonInput.current?.click()}>{t.importGoals}</Button>
        <input ref={jsonInput} type="file" accept=".json,application/json" hidden onChange={importJson} data-testid="goal-import" />
      </div>
      {status.kind === "done" && (
        <Notice intent="success" text={status.text} />
      )}
      {status.kind === "info" && (
        <Notice intent="info" text={status.text} />
      )}
      {status.kind === "error" && (
        <Notice intent="error" text={status.text} />
      )}
    </div>
  );
}
