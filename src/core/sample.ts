import { isRegion, REGIONS, type Region } from "./regions";
import { type ActivityRow, emptyTables, type FormAnswer, type RegionReport } from "./report";
import { ACTIVITY_TABLES, activityValues } from "./tables";

/** The bundled sample data's shape (data/sample-2023.json): the published 2023 compilation's rows. */
export interface SampleData {
  year?: number;
  tables: Record<string, (ActivityRow & { seedLine?: number })[]>;
  table8: Record<string, { q: number; answer: string | null; text: string }[]>;
}

/** One report per region, in publication order, from the sample data. */
export function reportsFromSample(sample: SampleData, year = sample.year ?? 2023): RegionReport[] {
  const reports = new Map<Region, RegionReport>(
    REGIONS.map((region) => [region, { region, year, tables: emptyTables(), table8: [] }])
  );
  for (const def of ACTIVITY_TABLES) {
    for (const row of sample.tables[String(def.number)] ?? []) {
      if (!isRegion(row.region)) throw new Error(`Exempeldata: okänd region "${row.region}" i tabell ${def.number}.`);
      reports.get(row.region)!.tables[def.number].push(activityValues((field) => row[field]));
    }
  }
  for (const [region, answers] of Object.entries(sample.table8)) {
    if (!isRegion(region)) throw new Error(`Exempeldata: okänd region "${region}" i tabell 8.`);
    reports.get(region)!.table8 = answers.map(
      (a): FormAnswer => ({ question: a.q as FormAnswer["question"], answer: a.answer, text: a.text })
    );
  }
  return [...reports.values()];
}
