import { findGoalSheet, goalSheetSpec } from "../goalCell";
import type { SheetGrid } from "../grid";
import { normalizeRegion, REGIONS, type Region } from "../regions";
import { type ExtensionGoal, extendTaxonomy, readGoalSheet, type Taxonomy, TaxonomyExtensionError } from "../taxonomy";
import type { SheetSpec } from "../workbookSpec";

/**
 * A region's own RUS goals travel with its rows: each used workbook's "Mål" sheet is read here, the
 * master gets a "Mål" sheet with every region's goals (the resubmitting regions' from their workbooks,
 * the others' from the previous master), and the master's validation and Målöversikt read that sheet,
 * so a goal a region added is known in the master too.
 */

/**
 * The goals a workbook's "Mål" sheet adds for the workbook's own region. A sheet that cannot be used as a
 * whole (validation says why: GOAL_SHEET_INVALID) adds nothing, and rows for another region are left out:
 * a region extends only its own strategy.
 */
export function workbookGoals(grids: readonly SheetGrid[], region: Region | null, taxonomy: Taxonomy): ExtensionGoal[] {
  const sheet = findGoalSheet(grids);
  if (!sheet || !region || sheet.values.every((row) => row.every((v) => v === null || v === ""))) return [];
  try {
    const extension = readGoalSheet(sheet.values);
    // As validation takes it: all rows or none (a rename must find the goal it renames).
    extendTaxonomy(taxonomy, extension);
    return extension.goals.filter((g) => normalizeRegion(g.region) === region).map(({ row: _row, ...goal }) => ({ ...goal, region }));
  } catch (e) {
    if (e instanceof TaxonomyExtensionError) return [];
    throw e;
  }
}

/** Every region's goals for the master, in publication order: from this run's workbook, else the previous master. */
export function masterGoals(fromWorkbooks: ReadonlyMap<Region, readonly ExtensionGoal[]>, previous: readonly ExtensionGoal[]): ExtensionGoal[] {
  return REGIONS.flatMap((region) => (fromWorkbooks.has(region) ? [...fromWorkbooks.get(region)!] : previous.filter((g) => normalizeRegion(g.region) === region)));
}

/** The master's "Mål" sheet, or none when no region added goals. */
export function masterGoalSheet(goals: readonly ExtensionGoal[]): SheetSpec[] {
  return goals.length ? [goalSheetSpec(goals)] : [];
}

/** The taxonomy the master's coverage counts with: the run's, extended by the regions' goals (the run's own if they do not fit together). */
export function masterTaxonomy(taxonomy: Taxonomy, goals: readonly ExtensionGoal[]): Taxonomy {
  if (!goals.length) return taxonomy;
  try {
    return extendTaxonomy(taxonomy, goalSheetSpec(goals).values);
  } catch (e) {
    if (e instanceof TaxonomyExtensionError) return taxonomy;
    throw e;
  }
}
