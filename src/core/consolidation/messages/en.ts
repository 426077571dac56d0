import { compareRegions, type Region } from "../../regions";
import type { ConsolidationCatalog } from "./types";

const s = (p: Record<string, string | number>, key: string) => String(p[key] ?? "");
/** Regions in publication order, whatever order the reader found them in. */
const regionList = (p: Record<string, string | number>) => (s(p, "regions").split(", ").filter(Boolean) as Region[]).sort(compareRegions).join(", ");
const rows = (n: number) => (n === 1 ? "1 row rejected" : `${n} rows rejected`);
const list = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** English, for coordinators who read it better; same codes and parameters as sv.ts. Region and sheet names stay as written. */
export const en: ConsolidationCatalog = {
  reasons: {
    superseded: (p) => `The region has another workbook, which is used: ${s(p, "used")} (${en.why[p.by as keyof typeof en.why]?.(p) ?? ""}).`,
    "duplicate-table": (p) => `Extra copy of table ${s(p, "table")}; the table is read from the sheet "${s(p, "used")}".`,
    "duplicate-table-hidden": (p) => `Hidden extra copy of table ${s(p, "table")}; the table is read from the sheet "${s(p, "used")}".`,
    "region-other": (p) => `The row names the region ${s(p, "region")}, but the workbook is for ${s(p, "workbook")}.`,
    "region-unknown": (p) =>
      p.previous
        ? `The row in the earlier master names "${s(p, "value")}", which is not one of the 21 regions.`
        : `The region "${s(p, "value")}" is not one of the 21 regions.`,
    "several-regions": (p) => `The workbook names several regions (${regionList(p)}) and has no information sheet to decide which it is for.`,
    "no-region": () => "The workbook names none of the 21 regions: not on the information sheet, in the titles, on the rows or in the file name.",
    "region-conflict": (p) =>
      `The information sheet names ${s(p, "info")}, but the rows name ${s(p, "regions")}; the workbook is not used for any region until that is corrected.`,
    "header-not-found": (p) => `The sheet looks like table ${s(p, "table")}, but its header row was not found; the rows could not be placed.`,
    "table-unknown": (p) =>
      p.kind === "form"
        ? `The sheet "${s(p, "sheet")}" has table 8's header row but does not say it is table 8 (in the sheet's name or in a title like "Tabell 8. …"); the rows could not be placed.`
        : `The sheet "${s(p, "sheet")}" has the header row of tables 1–7 but does not say which table it is (in the sheet's name, like "Tabell 3", or in a title like "Tabell 3. …"); the rows could not be placed.`,
    "form-question-unknown": (p) =>
      p.value
        ? `The question "${s(p, "value")}" is none of table 8's six questions (number 1–6 or the question's text); the answer could not be placed.`
        : "The row names no question; the answer could not be placed.",
    "form-question-duplicate": (p) => `Question ${s(p, "question")} is already answered on row ${s(p, "first")}.`,
    "form-region-duplicate": (p) => `Table 8 already has a row for the region (row ${s(p, "first")}).`,
  },
  rejectLabels: {
    superseded: "the region has another workbook, which is used",
    "duplicate-table": "extra copy of a table",
    "duplicate-table-hidden": "hidden extra copy of a table",
    "region-other": "the row names another region than the workbook",
    "region-unknown": "the row names none of the 21 regions",
    "several-regions": "the workbook names several regions",
    "no-region": "the workbook names no region",
    "region-conflict": "the information sheet's region is contradicted by the rows",
    "header-not-found": "the table's header row was not found",
    "table-unknown": "the sheet does not say which table it is",
    "form-question-unknown": "table 8: unknown question number",
    "form-question-duplicate": "table 8: the question is answered twice",
    "form-region-duplicate": "table 8: the region already has a row",
  },
  notes: {
    unreadable: (p) =>
      p.kind && en.unreadableKinds[s(p, "kind")] !== undefined && p.detailEnglish
        ? `The file ${s(p, "file")} could not be read as a workbook: ${s(p, "detailEnglish")}`
        : `The file ${s(p, "file")} could not be read as a workbook: ${en.unreadableKinds[s(p, "kind")] || "it is not a valid Excel workbook (.xlsx)."}${p.detailEnglish && !p.kind ? ` (${s(p, "detailEnglish")})` : ""}`,
    empty: () => "The workbook is empty.",
    replaced: (p) =>
      `${p.count === 1 ? "One cell had" : `${s(p, "count")} cells had`} characters a workbook cannot store; they are replaced with \uFFFD: ${s(p, "cells")}${p.more ? " …" : ""}.`,
    "no-tables": (p) => `None of the tables 1–8 is recognised in the workbook (sheets: ${s(p, "sheets") || "none"}).`,
    "region-from-rows": (p) =>
      p.info
        ? `The information sheet's region "${s(p, "info")}" is none of the 21; the region ${s(p, "region")} is taken from the rows.`
        : `The information sheet names no region; the region ${s(p, "region")} is taken from the rows.`,
    "year-differs": (p) => `The information sheet gives the report year ${s(p, "year")}; most workbooks give ${s(p, "reportYear")}, the year the master is for.`,
    "region-from-title": (p) => `The information sheet is missing; the region ${s(p, "region")} is taken from the tables' titles.`,
    "region-from-file": (p) => `Neither the information sheet, the titles nor the rows name the region; ${s(p, "region")} is taken from the file name.`,
    "several-regions": (p) => en.reasons["several-regions"](p),
    "no-region": (p) => en.reasons["no-region"](p),
    "region-conflict": (p) => en.reasons["region-conflict"](p),
    "duplicate-table": (p) => `${en.reasons[p.hidden ? "duplicate-table-hidden" : "duplicate-table"](p)} ${rows(Number(p.count))}`,
    "extra-cells": (p) =>
      `Table ${s(p, "table")} (sheet "${s(p, "sheet")}") has text in ${p.count === 1 ? "1 cell" : `${s(p, "count")} cells`} outside the table's columns; the rows are in the master and the text is listed under Avvisat.`,
    "wide-form": (p) => `Table 8 (sheet "${s(p, "sheet")}") has a column per question; it is read that way.`,
    "header-not-found": (p) => `${en.reasons["header-not-found"](p)} (sheet "${s(p, "sheet")}", ${rows(Number(p.count))})`,
    "table-unknown": (p) => `${en.reasons["table-unknown"](p)} (${rows(Number(p.count))})`,
    "sheet-not-read": (p) => `The sheet "${s(p, "sheet")}" is not recognised as any table and is not read.`,
    "superseded-file": (p) => `Not used: ${s(p, "used")} is used instead (${en.why[p.by as keyof typeof en.why]?.(p) ?? ""}).`,
  },
  why: {
    choice: () => "chosen by the coordinator",
    created: (p) => `newest by the information sheet's Skapad (created) date: ${s(p, "date")}`,
    fileDate: (p) => `newest by the file's date: ${s(p, "date")}`,
    name: () => "the dates do not tell them apart; the first by file name is used – choose the file if another one should count",
    ask: () => "the dates are at most a minute apart and do not tell which is newest; the first by file name is used for now – choose the file",
  },
  unreadableKinds: {
    missing: "the file does not exist.",
    directory: "it is a folder, not a file.",
    unreadable: "the file could not be read from disk.",
    empty: "the file is empty (0 bytes).",
    "lock-file": "it is Excel's lock file (~$…), present while someone has the workbook open.",
    encrypted: "it is password-protected or encrypted (a sensitivity label); save it without a password and send it again.",
    xls: "it is in the old .xls format, which is not supported: open it in Excel and save it as .xlsx.",
    ods: "it is an OpenDocument spreadsheet (.ods): save it as .xlsx.",
    "not-zip": "it is not an Excel workbook (.xlsx): the file is not a zip archive, which an .xlsx file always is.",
    "no-workbook": "it is a zip archive without an Excel workbook in it.",
    damaged: "it is damaged (not a valid .xlsx). Open it in Excel and save it again.",
    limit: "it is larger than the limits for a workbook (file size, number of sheets or cells).",
  },
  reconciliation: (l) =>
    `${l.rowsRead} ${l.rowsRead === 1 ? "row" : "rows"} read = ${l.rowsInMaster} in the master + ${l.rowsRejected} rejected` +
    `${l.rowsReplaced ? ` + ${l.rowsReplaced} replaced` : ""}.` +
    `${l.emptyTemplateRows ? ` (${l.emptyTemplateRows === 1 ? "1 empty template row" : `${l.emptyTemplateRows} empty template rows`} not counted.)` : ""}`,
  status: {
    used: "Used",
    superseded: "Replaced by another workbook",
    unreadable: "Could not be read",
    empty: "Empty",
    "no-tables": "No tables",
    "several-regions": "Several regions",
    "no-region": "No region",
    "region-conflict": "Region contradicted by the rows",
  },
  reminder: ({ regions, year }) => ({
    subject: `Reminder: the region's report${year ? ` for ${year}` : ""}`,
    body: [
      "Hello,",
      "",
      `We have not yet received the report${year ? ` for ${year}` : ""} from ${list(regions)}.`,
      "Please send the completed workbook (the template with tables 1–8) as soon as you can. Let us know if anything is unclear.",
      "",
      "Thank you in advance, and kind regards",
    ].join("\n"),
  }),
  feedback: {
    sheetName: (region) => `Feedback ${region}`,
    title: (region) => `Feedback to ${region}`,
    intro: (files) => `This needs correcting in the workbook (${files}) before it can be fully compiled. Each row gives the sheet and cell.`,
    headers: ["File", "Sheet", "Cell", "Type", "Message", "How to fix"],
    kinds: { fel: "Error", varning: "Warning", rejected: "Rejected row" },
    rejectedFix: "Correct the row as the message says and send the workbook again.",
    none: "No errors, warnings or rejected rows.",
  },
};
