import { Button, Checkbox, Field, Input, makeStyles, Spinner, Tag, TagGroup, tokens } from "@fluentui/react-components";
import { type ChangeEvent, useEffect, useMemo, useReducer, useRef } from "react";
import { findGoalSheet, goalLayout, goalSheetSpec } from "../core/goalCell";
import type { SheetGrid } from "../core/grid";
import { extendTaxonomy, loadTaxonomy, parseExtensionJson, readGoalSheet, type Taxonomy } from "../core/taxonomy";
import type { OpenWorkbook } from "../excel";
import { readFileText } from "./files";
import { createGoalSearch } from "./goalSearch";
import { cellGoals, goalsReducer, initialGoalsState, plannedText } from "./goalsState";
import { useLanguage, useMessages } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  heading: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  // Goal names are long: let a chip wrap at 350 px instead of cutting the name off.
  tag: { height: "auto", maxWidth: "100%", minWidth: 0 },
  tagText: { whiteSpace: "normal", overflowWrap: "anywhere", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  removed: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  cellText: { whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200, background: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalS, margin: 0, overflowWrap: "anywhere" },
  results: { maxHeight: "320px", overflowY: "auto", display: "flex", flexDirection: "column" },
});

/** The bundled taxonomy, extended by the workbook's own "Mål" sheet when it has one. */
function taxonomyOf(grids: SheetGrid[]): Taxonomy {
  const sheet = findGoalSheet(grids);
  return sheet ? extendTaxonomy(loadTaxonomy(), sheet.values) : loadTaxonomy();
}

/**
 * The goal picker. It reads the workbook once (which tables are where, the region, the Mål sheet), then
 * follows the selection: each new row is one read of that row. It shows the row's goals as chips that can
 * be ticked off, keeps what was ticked across searches and rows, and writes canonical references into the
 * row's Mål cell (one write).
 */
export function GoalsView({ workbook }: { workbook: OpenWorkbook }) {
  // (Loaded lazily by App, with the fuzzy search, so the pane's first bundle stays small.)
  const t = useMessages();
  const language = useLanguage();
  const styles = useStyles();
  const [state, dispatch] = useReducer(goalsReducer, undefined, () => initialGoalsState(loadTaxonomy()));
  const jsonInput = useRef<HTMLInputElement>(null);
  const { target, layout, taxonomy, query, chosen, status } = state;
  const region = target?.region || layout?.region || null;
  const search = useMemo(() => createGoalSearch(taxonomy, { region, language }), [taxonomy, region, language]);
  const groups = useMemo(() => search.search(query, 8), [search, query]);
  const inCell = useMemo(() => cellGoals(state), [state]);
  const planned = useMemo(() => plannedText(state), [state]);
  const fail = (error: unknown) => dispatch({ type: "status", status: { kind: "error", text: (error as Error).message } });

  const readWorkbook = async () => {
    const grids = await workbook.readSheets();
    dispatch({ type: "workbookRead", layout: goalLayout(grids), taxonomy: taxonomyOf(grids) });
  };

  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    void (async () => {
      try {
        await readWorkbook();
        const row = await workbook.readSelectedRow();
        if (cancelled) return;
        dispatch({ type: "rowSelected", row });
        stop = await workbook.onSelectionChanged((next) => dispatch({ type: "rowSelected", row: next }), fail);
        if (cancelled) await stop();
      } catch (error) {
        if (!cancelled) fail(error);
      }
    })();
    return () => {
      cancelled = true;
      void stop?.().catch(() => undefined);
    };
    // Once per workbook: the selection is followed from then on.
  }, [workbook]);

  async function attempt(action: () => Promise<void>) {
    dispatch({ type: "status", status: { kind: "working" } });
    try {
      await action();
    } catch (error) {
      fail(error);
    }
  }

  const reread = () =>
    attempt(async () => {
      await readWorkbook();
      dispatch({ type: "rowSelected", row: await workbook.readSelectedRow() });
      dispatch({ type: "status", status: { kind: "idle" } });
    });

  const write = () =>
    attempt(async () => {
      if (!target) return;
      if (!planned.added.length && !planned.removed) {
        dispatch({ type: "status", status: { kind: "info", text: t.nothingToAdd } });
        return;
      }
      await workbook.setCellText(target.sheet, target.goalsAddress, planned.text);
      dispatch({ type: "written", text: planned.text });
      const cell = `${target.sheet}!${target.goalsAddress}`;
      const text = planned.removed ? t.goalsUpdated(cell, planned.added.length, planned.removed) : t.goalsWritten(cell, planned.added.length);
      dispatch({ type: "status", status: { kind: "done", text } });
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
      dispatch({ type: "taxonomy", taxonomy: extended });
      dispatch({ type: "status", status: { kind: "done", text: t.goalsImported(imported.goals.length) } });
    });
  };

  /** A result is ticked when the cell cites it (and it is not ticked off) or it is chosen. */
  const cellKeysOf = (entryId: string) => inCell.filter((g) => g.reference.entryId === entryId).map((g) => g.key);
  const isTicked = (entryId: string, reference: string) => chosen.includes(reference) || inCell.some((g) => g.reference.entryId === entryId && !g.removed);
  const toggle = (entryId: string, reference: string) => {
    const keys = cellKeysOf(entryId);
    if (keys.length) dispatch({ type: "toggleRemoved", keys });
    else dispatch({ type: "toggleChosen", reference });
  };
  const removedGoals = inCell.filter((g) => g.removed);
  const unrecognised = !!target?.goalsText.trim() && !inCell.some((g) => g.reference.entryId);

  return (
    <div className={styles.root}>
      <p>{t.goalsIntro}</p>
      {status.kind === "reading" ? (
        <div className={styles.row}>
          <Spinner size="tiny" />
          <span>{t.readingWorkbook}</span>
        </div>
      ) : target ? (
        <div data-testid="goal-target">
          <strong>
            {t.selectionRow(target.table, target.row, target.region)} · {target.goalsAddress}
          </strong>
        </div>
      ) : (
        <p data-testid="goal-no-target">{state.outside ? t.selectionNotInTable(state.outside.sheet, state.outside.address) : t.selectionNone}</p>
      )}
      {layout && !region && <Notice intent="warning" text={t.regionUnknown} />}

      {target && (
        <section aria-labelledby="goals-in-cell">
          <h2 id="goals-in-cell" className={styles.heading}>
            {t.goalsInCell}
          </h2>
          {inCell.some((g) => !g.removed) ? (
            <TagGroup
              className={styles.tags}
              aria-labelledby="goals-in-cell"
              data-testid="goals-in-cell"
              onDismiss={(_, data) => dispatch({ type: "toggleRemoved", keys: [String(data.value)] })}
            >
              {inCell
                .filter((g) => !g.removed)
                .map((g) => (
                  <Tag key={g.key} value={g.key} dismissible className={styles.tag} primaryText={{ className: styles.tagText }} aria-label={t.removeGoal(g.label)}>
                    {g.label}
                  </Tag>
                ))}
            </TagGroup>
          ) : (
            !target.goalsText.trim() && <p>{t.noGoalsInCell}</p>
          )}
          {unrecognised && (
            <>
              <p>{t.unrecognisedInCell}</p>
              <pre className={styles.cellText}>{target.goalsText}</pre>
            </>
          )}
          {removedGoals.length > 0 && (
            <div data-testid="goals-removed">
              <p>{t.toRemove(removedGoals.length)}</p>
              <div className={styles.tags}>
                {removedGoals.map((g) => (
                  <Button key={g.key} size="small" appearance="subtle" onClick={() => dispatch({ type: "toggleRemoved", keys: [g.key] })} aria-label={`${t.undoRemove}: ${g.label}`}>
                    <span className={styles.removed}>{g.label}</span>
                  </Button>
                ))}
              </div>
            </div>
          )}
        </section>
      )}

      {chosen.length > 0 && (
        <section aria-labelledby="goals-chosen">
          <h2 id="goals-chosen" className={styles.heading}>
            {t.chosenHeading}
          </h2>
          <TagGroup className={styles.tags} aria-labelledby="goals-chosen" data-testid="goals-chosen" onDismiss={(_, data) => dispatch({ type: "toggleChosen", reference: String(data.value) })}>
            {chosen.map((reference) => (
              <Tag key={reference} value={reference} dismissible className={styles.tag} primaryText={{ className: styles.tagText }} aria-label={t.removeGoal(reference)}>
                {reference}
              </Tag>
            ))}
          </TagGroup>
        </section>
      )}

      <Field label={t.searchGoals}>
        <Input value={query} onChange={(_, d) => dispatch({ type: "query", query: d.value })} placeholder={t.searchPlaceholder} data-testid="goal-search" />
      </Field>
      {query.trim() && groups.length === 0 ? (
        <Notice intent="info" text={t.noMatches(query.trim())} testId="goal-no-matches" />
      ) : (
        <div className={styles.results} role="group" aria-label={t.searchGoals}>
          {groups.map((group) => (
            <div key={group.framework}>
              <h3 className={styles.group}>{group.label}</h3>
              {group.hits.map((hit) => (
                <Checkbox
                  key={hit.entry.id}
                  label={language === "en" && hit.entry.nameEn ? `${hit.reference} (${hit.entry.nameEn})` : hit.reference}
                  checked={isTicked(hit.entry.id, hit.reference)}
                  onChange={() => toggle(hit.entry.id, hit.reference)}
                />
              ))}
            </div>
          ))}
        </div>
      )}

      <div className={styles.row}>
        <Button appearance="primary" disabled={!target || (!planned.added.length && !planned.removed)} onClick={write}>
          {t.insertGoals}
        </Button>
        <span>{t.chosenGoals(chosen.length)}</span>
        {status.kind === "working" && <Spinner size="tiny" />}
      </div>
      <div className={styles.row}>
        <Button onClick={reread}>{t.rereadWorkbook}</Button>
        <Button onClick={() => jsonInput.current?.click()}>{t.importGoals}</Button>
        <input ref={jsonInput} type="file" accept=".json,application/json" hidden onChange={importJson} data-testid="goal-import" />
      </div>
      {status.kind === "done" && <Notice intent="success" text={status.text} />}
      {status.kind === "info" && <Notice intent="info" text={status.text} />}
      {status.kind === "error" && <Notice intent="error" text={status.text} />}
    </div>
  );
}
