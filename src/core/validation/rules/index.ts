import type { Rule } from "../types";
import { activityTablesRule } from "./activityTables";
import { crossReferenceRule } from "./crossReference";
import { erdfObjectiveRule } from "./erdfObjective";
import { fundSpellingRule } from "./fundSpelling";
import { goalsElsewhereRule } from "./goalsElsewhere";
import { legacyProgrammeRule } from "./legacyProgramme";
import { nationalAsRusRule } from "./nationalAsRus";
import { objectiveCodesRule } from "./objectiveCodes";
import { outputsEffectsRule } from "./outputsEffects";
import { agenda2030Rule } from "./agenda2030";
import { cellsNotTextRule } from "./cellsNotText";
import { columnsRule } from "./columns";
import { duplicatesRule } from "./duplicates";
import { effectsRule } from "./effects";
import { erdfProgrammeRule } from "./erdfProgramme";
import { formRule } from "./form";
import { formYesNoRule } from "./formYesNo";
import { goalSheetRule } from "./goalSheet";
import { goalsRecognisedRule } from "./goalsRecognised";
import { infoRule } from "./info";
import { interregRule } from "./interreg";
import { jtfRule } from "./jtf";
import { placeholderRule } from "./placeholder";
import { policyObjectiveRule } from "./policyObjective";
import { regionRule } from "./region";
import { requiredFieldsRule } from "./requiredFields";
import { rusGoalsRule } from "./rusGoals";
import { tableEmptyRule } from "./tableEmpty";
import { tablesRule } from "./tables";
import { templateVersionRule } from "./templateVersion";

/** The rule catalog, workbook level first. Adding a rule: one file in this folder and one line here. */
/** A cell that holds only a cross-reference ("Se tabell 2."): the taxonomy report classifies Mål cells with it. */
export { onlyCrossReference } from "./rowContent";

export const RULES: readonly Rule[] = [
  infoRule,
  templateVersionRule,
  tablesRule,
  columnsRule,
  goalSheetRule,
  tableEmptyRule,
  requiredFieldsRule,
  effectsRule,
  cellsNotTextRule,
  regionRule,
  placeholderRule,
  duplicatesRule,
  goalsRecognisedRule,
  agenda2030Rule,
  policyObjectiveRule,
  jtfRule,
  interregRule,
  erdfProgrammeRule,
  rusGoalsRule,
  formRule,
  formYesNoRule,
  // The reviewers' rules of issue 12.
  crossReferenceRule,
  goalsElsewhereRule,
  outputsEffectsRule,
  nationalAsRusRule,
  objectiveCodesRule,
  erdfObjectiveRule,
  legacyProgrammeRule,
  fundSpellingRule,
  activityTablesRule,
];
