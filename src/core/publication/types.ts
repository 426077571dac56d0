import type { Region } from "../regions";

/**
 * The published compilation as plain data: what a reader of the document sees, in order, and
 * nothing of how a file format writes it. src/docx renders it to a Word document; a test reads
 * its text back. Text is as reported: a "\n" in a cell or an answer starts a new paragraph.
 */

export interface PublicationDocument {
  /** "Regionernas redovisning av regionalt utvecklingsarbete 2023". */
  title: string;
  /** What the document holds ("Sammanställning av tabell 1–8"). */
  subtitle: string;
  year: number;
  /** ISO date (YYYY-MM-DD) the document was made. */
  date: string;
  /** Regions with at least one row or answer, in publication order. */
  regions: Region[];
  /** Regions with nothing in the master, in publication order. */
  missingRegions: Region[];
  /** The title page's lines under the title and subtitle. */
  titleLines: string[];
  /** A short name for page footers. */
  runningTitle: string;
  /** The title, table of contents and the tables, each starting on a new page. */
  sections: Section[];
}

export type Orientation = "portrait" | "landscape";

export interface Section {
  /** Tables of five columns read best on a landscape page; prose on a portrait one. */
  orientation: Orientation;
  /** The title page: no page number in its footer. */
  titlePage?: boolean;
  blocks: Block[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | QuestionBlock | ContentsBlock;

/** A heading of the table of contents: level 1 a table (or the appendix), level 2 a region of table 8 or a part of the appendix. */
export interface HeadingBlock {
  kind: "heading";
  level: 1 | 2;
  text: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  /** "note": an explanation in smaller type; "strong": bold. */
  style?: "note" | "strong";
}

/** The table of contents: entries are the document's headings. */
export interface ContentsBlock {
  kind: "contents";
  title: string;
}

export interface TableColumn {
  /** The published heading ("Mål"). */
  heading: string;
  /** The heading's explanation, printed under it in smaller type ("Vilket eller vilka mål …"). */
  detail?: string;
  /** Relative width (the table definition's width in characters). */
  width: number;
  /** Counts: set flush right. */
  numeric?: boolean;
}

export interface TableRow {
  /** One text per column; "\n" separates paragraphs. */
  cells: string[];
  /** The first row of a region (rows are grouped by region): a rule above it. */
  groupStart: boolean;
}

export interface TableBlock {
  kind: "table";
  columns: TableColumn[];
  /** The header row repeats at the top of every page the table runs over. */
  rows: TableRow[];
  /** Smaller type for dense tables (the appendix). */
  compact?: boolean;
}

/** One of table 8's questions with a region's answer. */
export interface QuestionBlock {
  kind: "question";
  number: number;
  question: string;
  /** "Ja"/"Nej" (as written) for questions that take one; null where none is asked or given. */
  yesNo: string | null;
  /** The region's answer; "" when it gave none. */
  answer: string;
}
