import { goalRowAt, type GoalLayout, type GoalRow, mergeGoalText, removeGoalText } from "../core/goalCell";
import { canonicalReference, entryById, recogniseReferences, type Reference, type Taxonomy } from "../core/taxonomy";
import type { SelectedRow } from "../excel";

/**
 * The goal picker's state as a pure reducer (the view runs the effects: reading the workbook, following
 * the selection, writing the cell). What the officer has ticked survives a new search and a new row;
 * what they have ticked off in the cell belongs to that cell and is forgotten when the row changes.
 */

export type GoalsStatus =
  | { kind: "reading" }
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; text: string }
  | { kind: "info"; text: string }
  | { kind: "error"; text: string };

export interface GoalsState {
  layout: GoalLayout | null;
  taxonomy: Taxonomy;
  /** The selected data row, when the selection is on one. */
  target: GoalRow | null;
  /** The selection, when it is not on a data row of tables 1–7. */
  outside: { sheet: string; address: string } | null;
  query: string;
  /** Canonical references ticked to write, in the order ticked. */
  chosen: string[];
  /** The target cell's references ticked off (by span, "start:end"), removed when written. */
  removed: string[];
  status: GoalsStatus;
}

export type GoalsAction =
  | { type: "workbookRead"; layout: GoalLayout; taxonomy: Taxonomy }
  | { type: "taxonomy"; taxonomy: Taxonomy }
  | { type: "rowSelected"; row: SelectedRow }
  | { type: "query"; query: string }
  | { type: "toggleChosen"; reference: string }
  | { type: "toggleRemoved"; keys: string[] }
  | { type: "written"; text: string }
  | { type: "status"; status: GoalsStatus };

export function initialGoalsState(taxonomy: Taxonomy): GoalsState {
  return { layout: null, taxonomy, target: null, outside: null, query: "", chosen: [], removed: [], status: { kind: "reading" } };
}

const sameRow = (a: GoalRow | null, b: GoalRow | null) => !!a && !!b && a.sheet === b.sheet && a.row === b.row;

export function goalsReducer(state: GoalsState, action: GoalsAction): GoalsState {
  switch (action.type) {
    case "workbookRead":
      return { ...state, layout: action.layout, taxonomy: action.taxonomy, status: state.status.kind === "reading" ? { kind: "idle" } : state.status };
    case "taxonomy":
      return { ...state, taxonomy: action.taxonomy };
    case "rowSelected": {
      if (!state.layout) return state;
      const { sheet, row, address, values } = action.row;
      const target = goalRowAt(state.layout, sheet, row, values);
      if (!target) return { ...state, target: null, outside: { sheet, address }, removed: [] };
      // The same row again (another cell on it, or the pane's own write): keep what was ticked off.
      const removed = sameRow(state.target, target) && state.target!.goalsText === target.goalsText ? state.removed : [];
      return { ...state, target, outside: null, removed };
    }
    case "query":
      return { ...state, query: action.query };
    case "toggleChosen":
      return { ...state, chosen: state.chosen.includes(action.reference) ? state.chosen.filter((r) => r !== action.reference) : [...state.chosen, action.reference] };
    case "toggleRemoved": {
      const all = action.keys.every((k) => state.removed.includes(k));
      return { ...state, removed: all ? state.removed.filter((k) => !action.keys.includes(k)) : [...new Set([...state.removed, ...action.keys])] };
    }
    case "written":
      return state.target ? { ...state, target: { ...state.target, goalsText: action.text }, chosen: [], removed: [] } : state;
    case "status":
      return { ...state, status: action.status };
  }
}

/** A reference in the target cell, as the picker shows it: a chip with the goal's canonical name. */
export interface CellGoal {
  key: string;
  reference: Reference;
  /** The canonical reference of the goal, or the cell's own words when it matches no goal. */
  label: string;
  removed: boolean;
}

export const referenceKey = (ref: Reference) => `${ref.start}:${ref.end}`;

/** The goals the target cell cites now, recognised for the row's region. */
export function cellGoals(state: GoalsState): CellGoal[] {
  const target = state.target;
  if (!target?.goalsText.trim()) return [];
  return recogniseReferences(target.goalsText, state.taxonomy, { region: target.region || undefined }).map((reference) => {
    const entry = reference.entryId ? entryById(state.taxonomy, reference.entryId) : undefined;
    return { key: referenceKey(reference), reference, label: entry ? canonicalReference(entry) : reference.text.replace(/\s+/g, " ").trim(), removed: state.removed.includes(referenceKey(reference)) };
  });
}

/** The text the write would leave in the cell, and what it adds and removes. */
export function plannedText(state: GoalsState): { text: string; added: string[]; removed: number } {
  const target = state.target;
  if (!target) return { text: "", added: [], removed: 0 };
  const goals = cellGoals(state).filter((g) => g.removed);
  const kept = removeGoalText(target.goalsText, goals.map((g) => g.reference));
  const merged = mergeGoalText(kept, state.chosen);
  return { text: merged.text, added: merged.added, removed: goals.length };
}
