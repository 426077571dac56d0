/** The goal taxonomy: data, lookups, the goal picker's search and the recogniser of references in Mål text. */
export type { Confidence, Framework, ProblemKind, Reference, ReferenceProblem, SourceRef, Taxonomy, TaxonomyEntry } from "./types";
export {
  loadTaxonomy, entryById, rusGoalsOf, rusStrategyOf, jtfAllowed, interregAllowed, interregEligibility, canonicalReference, frameworkLabel,
} from "./taxonomy";
export type { Eligibility } from "./taxonomy";
export { extendTaxonomy, readGoalSheet, parseExtensionJson, TaxonomyExtensionError } from "./extend";
export type { ExtensionGoal, ExtensionIssue, TaxonomyExtension, Grid, Cell } from "./extend";
export { searchTaxonomy, GROUP_ORDER, GROUP_LABEL } from "./search";
export type { SearchGroup, SearchHit, SearchOptions } from "./search";
export { recogniseReferences } from "./recognise";
export type { RecogniseOptions } from "./recognise";
export { leaveOneOut, hasSourceDocument } from "./leave-one-out";
