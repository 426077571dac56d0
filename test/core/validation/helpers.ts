/** Workbooks for the validation tests: the real template, filled with real 2023 rows, then broken on purpose. */
import * as fs from "fs";
import * as path from "path";
import { type CellValue, parseRange, type SheetGrid } from "../../../src/core/grid";
import type { Region } from "../../../src/core/regions";
import type { ActivityRow, FormAnswer, RegionReport } from "../../../src/core/report";
import { reportsFromSample, type SampleData } from "../../../src/core/sample";
import { buildTemplate } from "../../../src/core/template";
import { type Finding, type ValidationOptions, type ValidationResult, validateWorkbook } from "../../../src/core/validation";

export const sample: SampleData = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../data/sample-2023.json"), "utf8"));
export const reports: RegionReport[] = reportsFromSample(sample);

export function reportOf(region: Region): RegionReport {
  return reports.find((r) => r.region === region)!;
}

/** A published row, found by its table and its line in the seed text. */
export function sampleRow(table: number, seedLine: number): ActivityRow {
  const row = sample.tables[String(table)].find((r) => r.seedLine === seedLine);
  if (!row) throw new Error(`no sample row ${table}/${seedLine}`);
  const { region, activity, outputs, effects, goals } = row;
  return { region, activity, outputs, effects, goals };
}

/** The template as the product makes it, filled with the given rows; tables not given keep the starting row. */
export function workbook(region: Region, rows: Partial<Record<number, ActivityRow[]>> = {}, table8?: FormAnswer[]): SheetGrid[] {
  const spec = buildTemplate({ region, year: 2023, rows, table8: table8 ?? reportOf(region).table8, created: "2024-01-15" });
  return spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));
}

/** The region's whole published report in the template. */
export function sampleWorkbook(region: Region): SheetGrid[] {
  const report = reportOf(region);
  return workbook(region, report.tables, report.table8);
}

export function sheet(grids: SheetGrid[], name: string): SheetGrid {
  const found = grids.find((g) => g.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Writes a cell by its A1 address, growing the grid as Excel would. */
export function setCell(grids: SheetGrid[], name: string, address: string, value: CellValue): void {
  const { firstRow, firstColumn } = parseRange(address);
  const values = sheet(grids, name).values;
  while (values.length < firstRow) values.push([]);
  const row = values[firstRow - 1];
  while (row.length < firstColumn) row.push(null);
  row[firstColumn - 1] = value;
}

export function validate(grids: SheetGrid[], options: ValidationOptions = {}): ValidationResult {
  return validateWorkbook(grids, { file: "test.xlsx", ...options });
}

export function withCode(result: ValidationResult | Finding[], code: string): Finding[] {
  return (Array.isArray(result) ? result : result.findings).filter((f) => f.code === code);
}

export function codesOf(result: ValidationResult): string[] {
  return [...new Set(result.findings.map((f) => f.code))].sort();
}
