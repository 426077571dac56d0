import type { Messages } from "./types";

/** English, for coordinators and reviewers who read it better; same codes and parameters as sv.ts. */
export const en: Messages = {
  INFO_SHEET_MISSING: () =>
    "The workbook has no information sheet with Region and År (year). Add the Information sheet from the template and fill in region and year, so that rows can be checked against the right region.",
  INFO_REGION_MISSING: () => "The information sheet names no region. Choose the region from the list next to Region.",
  INFO_REGION_UNKNOWN: (p) => `The information sheet names the region "${p.value}", which is not one of the 21 regions. Choose the region from the list next to Region.`,
  INFO_YEAR_INVALID: (p) =>
    p.value ? `The year "${p.value}" on the information sheet is not a year. Write the reporting year in four digits, e.g. 2023.` : "The information sheet gives no year. Write the reporting year in four digits, e.g. 2023.",
  TEMPLATE_VERSION_UNKNOWN: (p) =>
    `The workbook was made from template version ${p.version}, which the product no longer knows (known versions: ${p.known}). Check the result carefully, or move the data to a new template (version ${p.current}).`,
  TEMPLATE_VERSION_MISSING: (p) =>
    `The information sheet gives no template version, so it is unknown which template the workbook follows. Create the workbook from the template (version ${p.current}), or write Mallversion ${p.current} on the information sheet if it already follows it.`,
  TABLE_MISSING: (p) =>
    `Table ${p.table} (${p.title}) is missing from the workbook. Add the sheet for table ${p.table} from the template; if the region has nothing to report there, write the row "Regionen redovisar inga insatser i tabellform.".`,
  TABLE_DUPLICATE: (p) => `Table ${p.table} appears twice: also on sheet "${p.sheet}". Only sheet "${p.used}" is read. Move the rows there and delete the extra sheet.`,
  TABLE_DUPLICATE_HIDDEN: (p) => `The hidden sheet "${p.sheet}" is an extra copy of table ${p.table}; only sheet "${p.used}" is read. Delete the hidden sheet if it is not needed.`,
  HEADER_NOT_FOUND: (p) =>
    `Sheet "${p.sheet}" looks like table ${p.table}, but its header row cannot be found. A row with the column headings ${p.expected} is needed within the first 30 rows; write them as in the template.`,
  TABLE_UNPLACED: (p) =>
    p.kind === "form"
      ? `Sheet "${p.sheet}" has table 8's header row but does not say it is table 8, so its rows do not reach the compilation. Name the sheet "Tabell 8" or write "Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder" in its first row.`
      : `Sheet "${p.sheet}" has the header row of tables 1–7 but does not say which table it is, so its rows do not reach the compilation. Name the sheet "Tabell N" (N = 1–7) or write the table's number and title in its first row, as in the template.`,
  COLUMN_MISSING: (p) => `Table ${p.table} lacks the column "${p.header}". Add the column with its heading as in the template and fill it in.`,
  COLUMN_UNKNOWN: (p) =>
    `The column "${p.header}" is not part of table ${p.table}; its ${p.count} filled cells are not carried into the compilation. Move the content to the right column or delete the column.`,
  GOAL_SHEET_INVALID: (p) =>
    `The sheet "${p.sheet}" with the region's own goals cannot be read (column ${p.column}: ${p.problem}), so none of its goals are used. Correct the row; until then goals are checked against the built-in goal taxonomy.`,
  TABLE_EMPTY: (p) =>
    `Table ${p.table} has no rows. Fill in the region's activities, or write "Regionen redovisar inga insatser i tabellform." as the activity if the region has nothing to report.`,
  ROW_MISSING_REGION: () => "The row has no region. Choose the region from the list.",
  ROW_MISSING_ACTIVITY: () => "The row has no activity. Write the activity's name and a short description.",
  ROW_MISSING_OUTPUTS: () => "The row has no outputs. Describe what the activity achieved during the year.",
  ROW_MISSING_GOALS: () =>
    "The row has no goals. Name the goal or goals in the regional development strategy, the Regional Fund, Interreg or the Just Transition Fund that the activity contributes to.",
  CELL_NOT_TEXT: (p) =>
    `The cell was ${p.kind === "date" ? "a date" : p.kind === "formula" ? "a formula" : p.kind === "boolean" ? "a truth value" : p.kind === "error" ? "an error value" : "a number"} in Excel, not text; the compilation takes what was shown: "${p.shown}". Format the column as text and type the value again, so that it reads the same everywhere.`,
  EFFECTS_EMPTY: (p) => `The effects column is empty. Describe the effects achieved, or write "${p.tooEarly}" if it is too early to say.`,
  REGION_UNKNOWN: (p) => `"${p.value}" is not one of the 21 regions. Choose the region from the list.`,
  REGION_MISMATCH: (p) =>
    `The row names ${p.region}, but the workbook is ${p.workbook}'s${p.infoSheet ? ` according to sheet ${p.infoSheet}` : ""}. Correct the row's region, or move the row to ${p.region}'s workbook.`,
  PLACEHOLDER_WITH_ROWS: (p) =>
    `The row "${p.text}" stands in table ${p.table} next to ${p.count} rows with activities. Delete it if the region has activities in the table, otherwise delete the other rows.`,
  ROW_DUPLICATE: (p) => `The row is the same as row ${p.first} in table ${p.table}. Delete one of them unless the activity is meant to be reported twice.`,
  GOALS_UNRECOGNISED: () =>
    'None of the goals in the cell is recognised in the goal taxonomy. Write the goals one per line as they are named, e.g. "Agenda 2030: 7 Hållbar energi för alla" or the region\'s RUS goals, or pick them in the goal picker.',
  AGENDA2030_NUMBER_OUT_OF_RANGE: (p) => `"${p.text}": Agenda 2030 has goals 1–17, not ${p.number}. Correct the number, or pick the goal in the goal picker.`,
  AGENDA2030_NAME_MISMATCH: (p) =>
    `"${p.text}": Agenda 2030 goal ${p.number} is "${p.name}", while the name is that of goal ${p.otherNumber} (${p.otherName}). Correct the number or the name so that they agree.`,
  AGENDA2030_WRONG_YEAR: (p) => `"${p.text}" stands under the heading Agenda ${p.year}. Write Agenda 2030 if the global goals are meant.`,
  PO_NAME_MISMATCH: (p) =>
    `"${p.text}": policy objective ${p.code} is "${p.name}", while the name is that of ${p.otherCode} (${p.otherName}). Correct the number or the name so that they agree.`,
  JTF_NOT_ELIGIBLE: (p) =>
    `"${p.text}": the Just Transition Fund covers only ${p.regions}, not ${p.region}. Remove the reference or name the fund that actually finances the activity.`,
  INTERREG_NOT_ELIGIBLE: (p) => `"${p.text}": ${p.region} is not in the programme area of Interreg ${p.programme}. Check the programme's name and correct the reference.`,
  INTERREG_NOT_ELIGIBLE_UNCERTAIN: (p) =>
    `"${p.text}": ${p.region} is not in the programme area of Interreg ${p.programme} according to the goal taxonomy, whose programme area is not confirmed. Check the programme's name.`,
  ERDF_OTHER_PROGRAMME: (p) =>
    `"${p.text}": the Regional Fund programme ${p.programme} covers ${p.regions}, not ${p.region}. Check that it is the right programme; usually the region's own or the national programme is meant.`,
  RUS_GOAL_UNKNOWN: (p) =>
    `"${p.text}" is not one of ${p.region}'s regional development strategy goals in the goal taxonomy. ${p.suggestions ? `Closest: ${p.suggestions}. ` : ""}Write the goal as worded in the strategy, or add it on the Mål sheet if the strategy is new.`,
  RUS_GOAL_NUMBER_UNKNOWN: (p) =>
    `${p.region}'s regional development strategy has no goal ${p.number} in the goal taxonomy. ${p.suggestions ? `Known goals: ${p.suggestions}. ` : ""}Write the goal's name instead of its number, or add the goal on the Mål sheet.`,
  RUS_GOAL_OTHER_REGION: (p) => `"${p.text}" is a goal of ${p.other}'s regional development strategy, not ${p.region}'s. Name ${p.region}'s own goal.`,
  FORM_ANSWER_MISSING: (p) =>
    p.noRow ? `Table 8 has no row for question ${p.question}. Add the row and answer the question.` : `Question ${p.question} is unanswered. Write the answer in the Svar column.`,
  FORM_QUESTION_UNKNOWN: (p) => `"${p.value}" is no question number 1–6, so the row belongs to no question. Write the question's number in the Fråga nr column.`,
  FORM_QUESTION_DUPLICATE: (p) => `Question ${p.question} is also answered on row ${p.first}; only the first answer is read. Put the answer on one row.`,
  FORM_YESNO_MISSING: (p) => `Question ${p.question} also takes Ja (yes) or Nej (no). Choose Ja or Nej in the Ja/Nej column.`,
  FORM_YESNO_INVALID: (p) => `Question ${p.question} is answered Ja or Nej, not "${p.value}". Choose Ja or Nej in the Ja/Nej column.`,
  FORM_YESNO_FROM_TEXT: (p) =>
    `Question ${p.question}: the Ja/Nej ("${p.value}") was taken from the start of the answer. Write Ja or Nej in the Ja/Nej column so that it cannot be misread.`,
  FORM_YESNO_NOT_ASKED: (p) =>
    `Question ${p.question} takes no Ja/Nej, but the Ja/Nej column says "${p.value}". Empty the cell and write the answer in the Svar column.`,

  // The reviewers' rules on content and goals (issue 12), kept together.
  CROSS_REFERENCE: (p) =>
    `The row points elsewhere ("${p.pointer}") instead of reporting the activity in table ${p.table}: ${p.columnsEn} hold no text of their own. The compilation publishes the tables on their own, so write the outputs, effects and goals on the row, or delete the row if the activity is already reported where the reference points.`,
  GOALS_IN_OTHER_COLUMN: (p) =>
    `The Mål column names no goal, but the column "${p.column}" (${p.at}) holds goals of the goal taxonomy: ${p.goals}. The columns look shifted. Move the goals to the Mål column and the outputs and effects to theirs.`,
  OUTPUTS_EQUAL_EFFECTS: (p) =>
    `The effects are the same text as the outputs (${p.outputs}). Describe what the activity has led to, or write "För tidigt att säga" (too early to say) if the effects cannot be seen yet.`,
  NATIONAL_AS_RUS: (p) =>
    `"${p.text}" is a strategic area (${p.area}) of the national strategy for sustainable regional development, not a goal of ${p.region}'s regional development strategy. Name the RUS goal the activity contributes to, and cite the national strategy's area under a heading of its own if it should be there.`,
  PO_NUMBER_OUT_OF_RANGE: (p) =>
    `"${p.text}": cohesion policy has policy objectives ${p.known}, no objective ${p.number}. Correct the number; Interreg's own objectives are ISO1 and ISO2.`,
  SO_NUMBER_OUT_OF_RANGE: (p) =>
    `"${p.text}": the Regional Fund has no specific objective ${p.number} (specific objectives: ${p.known}). Correct the number, or pick the objective in the goal picker.`,
  ERDF_SO_NOT_IN_PROGRAMME: (p) =>
    `"${p.text}": specific objective ${p.code} belongs to policy objective ${p.po}, which ${p.programme} does not cover (the programme has policy objectives ${p.pos}). Check that it is the right objective, and name the programme if the activity is financed by another programme than the region's own.`,
  LEGACY_PROGRAMME: (p) =>
    `"${p.text}" belongs to the 2014–2020 programme period. The Mål column asks for the goals of the 2021–2027 programmes: name them if the activity contributes to them. If the activity is financed by a 2014–2020 programme still running, the reference may stay.`,
  FUND_MISSPELT: (p) => `"${p.text}" in the ${p.column} column looks like a misspelling of ${p.fund}. Correct the abbreviation.`,
  ACTIVITY_IN_TWO_TABLES: (p) =>
    `The same activity is also reported in table ${p.otherTable} (${p.otherSheet}!${p.otherCell}). That is fine if it serves both areas, but then say what it did for table ${p.table}'s area in particular, and delete the row if it came here by mistake.`,
};
