import type { SheetGrid } from "../grid";
import { normalizeText, questionNamed, type QuestionNumber, type RecognisedRow, type RecognisedTable } from "../recognise";
import type { Region } from "../regions";
import { activityValues, columnName, FORM_TABLE, QUESTIONS } from "../tables";
import { cellOf, extraTexts } from "./extra";
import type { AnswerRead, ExtraText, RowRejection, TableRead } from "./types";

/**
 * One recognised copy of a table, read: which rows carry data (one empty-row rule), what each data
 * row says (tables 1–7) or which question it answers (table 8, one question parser), and the
 * problems a table 8 row has on its own (unknown or repeated question, a second wide row).
 */

/**
 * The template's empty starting row, not data: in tables 1–7 a row with only the region filled in;
 * in table 8 a question row with the question (number, text) and region only, or a wide row with
 * only the region. A cell outside the table's columns always makes a row data.
 */
export function isEmptyTemplateRow(table: RecognisedTable, row: RecognisedRow): boolean {
  if (Object.keys(row.extra).length) return false;
  const skip = table.def.kind === "form" && table.shape === "rows" ? ["region", "question", "text"] : ["region"];
  return Object.entries(row.values).every(([key, value]) => value === "" || skip.includes(key));
}

/** The question a question row answers: its number cell, else its question text. */
export function questionOfRow(row: RecognisedRow): QuestionNumber | null {
  const number = row.values.question ?? "";
  if (number) return questionNamed(number);
  return row.values.text ? questionNamed(row.values.text) : null;
}

/** "Fråga": the question text column, as a person calls it. */
const TEXT_HEADER = columnName(FORM_TABLE.columns.find((c) => c.key === "text")!);

function formProblem(table: RecognisedTable, row: RecognisedRow, region: string, code: RowRejection["code"], params: RowRejection["params"], question?: QuestionNumber): RowRejection {
  return { table: table.def.number, sheet: table.sheet, row: row.sheetRow, ...(row.rows ? { rows: row.rows } : {}), ...(question ? { question } : {}), region, code, params };
}

/** The cells of a question row the master's columns cannot hold. */
function uncarried(table: RecognisedTable, row: RecognisedRow, question: QuestionNumber): ExtraText[] {
  const q = QUESTIONS.find((item) => item.number === question)!;
  const out: ExtraText[] = [];
  if (row.values.answer && !q.yesNo) out.push({ cell: cellOf(table, row, "answer"), header: "Ja/Nej", text: row.values.answer });
  // The question's text is repeated from the definitions; only a changed text is worth keeping.
  const text = row.values.text ?? "";
  if (text && row.values.question && normalizeText(text) !== normalizeText(q.text)) out.push({ cell: cellOf(table, row, "text"), header: TEXT_HEADER, text });
  return out;
}

/** "Ja. Medfinansiering …", "Nej, …", "JA –": the Ja/Nej a region wrote at the start of its answer. */
const YES_NO_START = /^\s*(ja|nej)\b\s*[.,:;!–—-]?/i;

/**
 * The Ja/Nej of an answer and where it came from: its own cell (or line, in the vertical form), else
 * the start of the answer's text, else none. A question that takes none gets none (a Ja/Nej given to
 * it is carried apart, as an extra cell).
 */
export function yesNoOf(question: QuestionNumber, given: string, text: string, own: AnswerRead["yesNoFrom"] = "column"): Pick<AnswerRead, "yesNo" | "yesNoFrom"> {
  if (!QUESTIONS.find((q) => q.number === question)!.yesNo) return { yesNo: "", yesNoFrom: "none" };
  if (given) return { yesNo: given, yesNoFrom: own };
  const start = YES_NO_START.exec(text);
  if (!start) return { yesNo: "", yesNoFrom: "none" };
  return { yesNo: start[1].toLowerCase() === "ja" ? "Ja" : "Nej", yesNoFrom: "text" };
}

/** A wide row's answers: one per question with prose or Ja/Nej, in question order. */
function wideAnswers(grid: SheetGrid, table: RecognisedTable, row: RecognisedRow, region: Region | null): AnswerRead[] {
  const extra = extraTexts(grid, table, row);
  const answers = QUESTIONS.flatMap((q): AnswerRead[] => {
    const text = row.values[`q${q.number}`] ?? "";
    const yesNo = row.values[`answer${q.number}`] ?? "";
    if (!text && !yesNo) return [];
    const uncarriedYesNo = !q.yesNo && yesNo ? [{ cell: cellOf(table, row, `answer${q.number}`), header: `Fråga ${q.number} Ja/Nej`, text: yesNo }] : [];
    return [{ table, row, question: q.number, text, ...yesNoOf(q.number, yesNo, text), region, extra: uncarriedYesNo }];
  });
  // Cells outside the columns travel with the row's first answer, so they are reported once.
  if (answers.length) answers[0].extra.push(...extra);
  return answers;
}

export function readTable(grid: SheetGrid, table: RecognisedTable, primary: boolean, regionOf: (row: RecognisedRow) => Region | null): TableRead {
  const dataRows: RecognisedRow[] = [];
  const emptyRows: RecognisedRow[] = [];
  for (const row of table.rows) (isEmptyTemplateRow(table, row) ? emptyRows : dataRows).push(row);
  const read: TableRead = { table, primary, dataRows, emptyRows, activity: [], answers: [], problems: [], units: 0 };
  if (table.def.kind === "activity") {
    read.activity = dataRows.map((row) => ({ table, row, values: activityValues((field) => row.values[field]), region: regionOf(row), extra: extraTexts(grid, table, row) }));
    read.units = read.activity.length;
    return read;
  }
  const regionText = (row: RecognisedRow) => regionOf(row) ?? row.values.region ?? "";
  if (table.shape === "wide") {
    const seen = new Map<string, number>();
    for (const row of dataRows) {
      const region = regionOf(row);
      const answers = wideAnswers(grid, table, row, region);
      const key = region ?? normalizeText(row.values.region ?? "");
      const first = seen.get(key);
      if (first !== undefined) {
        const units = answers.length ? answers.map((a) => a.question) : [undefined];
        for (const q of units) read.problems.push(formProblem(table, row, regionText(row), "form-region-duplicate", { first }, q));
        continue;
      }
      seen.set(key, row.sheetRow);
      if (!answers.length) read.problems.push(formProblem(table, row, regionText(row), "form-question-unknown", { value: "" }));
      read.answers.push(...answers);
    }
  } else {
    // Question rows: a master holds every region's six, a regional workbook one region's.
    const seen = new Map<string, number>();
    for (const row of dataRows) {
      const question = questionOfRow(row);
      if (question === null) {
        read.problems.push(formProblem(table, row, regionText(row), "form-question-unknown", { value: row.values.question || row.values.text || "" }));
        continue;
      }
      const key = `${regionOf(row) ?? ""}\u0000${question}`;
      const first = seen.get(key);
      if (first !== undefined) {
        read.problems.push(formProblem(table, row, regionText(row), "form-question-duplicate", { question, first }));
        continue;
      }
      seen.set(key, row.sheetRow);
      const text = row.values.response ?? "";
      read.answers.push({
        table,
        row,
        question,
        text,
        ...yesNoOf(question, row.values.answer ?? "", text, table.shape === "vertical" ? "line" : "column"),
        region: regionOf(row),
        extra: [...uncarried(table, row, question), ...extraTexts(grid, table, row)],
      });
    }
  }
  read.units = read.answers.length + read.problems.length;
  return read;
}
