import type { Region } from "./regions";
import { type ActivityValues, perActivityTable, type Question } from "./tables";

/** One row of tables 1–7, as the region wrote it: a cell text per column of tables.ts. */
export type ActivityRow = ActivityValues;

export type YesNo = "Ja" | "Nej";

/** One region's answer to one of table 8's six questions. */
export interface FormAnswer {
  question: Question["number"];
  /** Ja/Nej for questions 3–5; null where none was given. Kept as written when it is neither. */
  answer: string | null;
  text: string;
}

/** Everything one region reports for one year. */
export interface RegionReport {
  region: Region;
  year: number;
  contact?: string;
  /** Rows per activity table, by number (every activity table of tables.ts has an entry). */
  tables: Record<number, ActivityRow[]>;
  table8: FormAnswer[];
}

export function emptyTables(): Record<number, ActivityRow[]> {
  return perActivityTable<ActivityRow[]>(() => []);
}
