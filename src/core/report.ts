import type { Region } from "./regions";
import type { ActivityTableNumber, Question } from "./tables";

/** One row of tables 1–7, as the region wrote it. */
export interface ActivityRow {
  region: string;
  activity: string;
  outputs: string;
  effects: string;
  goals: string;
}

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
  tables: Record<ActivityTableNumber, ActivityRow[]>;
  table8: FormAnswer[];
}

export function emptyTables(): Record<ActivityTableNumber, ActivityRow[]> {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
}
