import type { Region } from "../regions";

/** The goal frameworks a Mål cell may cite. */
export type Framework =
  | "rus" // the region's own regional development strategy
  | "agenda2030"
  | "national" // Nationell strategi för hållbar regional utveckling 2021–2030
  | "transport" // de transportpolitiska målen (Prop. 2008/09:93)
  | "po" // cohesion policy objectives PO1–PO5
  | "erdf-so" // the Regional Fund's specific objectives (1.1 … 5.1)
  | "erdf" // the Regional Fund and its programmes
  | "esf" // ESF+ and its programme areas
  | "jtf" // Fonden för en rättvis omställning
  | "interreg"
  | "legacy" // 2014–2020 structures still cited
  | "amif";

/** How far an entry was checked (see README): only "verified" was compared with a primary source. */
export type Confidence = "verified" | "inferred" | "likely" | "recalled" | "not-retrieved" | "table-8-only" | "user";

export interface TaxonomyEntry {
  /** Stable id: "agenda2030:7", "po:1", "so:1.3", "erdf:ovre-norrland", "interreg:aurora", "jtf", "rus:blekinge:01". */
  id: string;
  framework: Framework;
  /** The number or code the framework itself uses ("7", "PO1", "1.3", "A", a RUS goal's own number). */
  code?: string;
  name: string;
  fullName?: string;
  /** Other wordings real reports use for the same entry. */
  variants?: string[];
  /** Who may cite it; absent means every region. */
  regions?: Region[];
  /** Regions eligible for only part of their territory (Interreg). */
  partialRegions?: Region[];
  /** RUS: the region's own word for the level (mål, prioritering, effektmål …). */
  level?: string;
  parent?: string;
  confidence: Confidence;
  confidenceNote?: string;
  sources: string[];
  /** Page (or section) per source id where the source document gives one. */
  sourcePages?: Record<string, string>;
  note?: string;
  /** The English name, where the source gives one (Interreg programmes, EU objectives, Skåne's vision goals). */
  nameEn?: string;
  /** RUS: the strategy a goal belongs to when that strategy has been replaced (still cited, not current). */
  superseded?: string;
  /**
   * Wordings taken from the 2023 report rather than from a source document, each with the 2023 rows
   * ("<table>:<seedLine>" of data/sample-2023.json) it occurs in. The taxonomy report leaves a row's own
   * wordings out to measure recognition honestly (leave-one-out).
   */
  learned?: Record<string, string[]>;
  /** A regional ERDF programme: the policy objectives it takes part in ("1", "2"), where the sources say. */
  policyObjectives?: string[];
  [extra: string]: unknown;
}

export interface SourceRef {
  title: string;
  url?: string;
  year?: number;
  publisher?: string;
  usedFor?: string;
}

export interface Taxonomy {
  version: string;
  entries: TaxonomyEntry[];
  sources: Record<string, SourceRef>;
  /** Ids that were merged into another entry (old id → current id); entryById follows them. */
  aliases?: Record<string, string>;
  /** Extensions applied on top of the bundled data, in order ("Blekinge: Mål-blad 2024-02-01"). */
  extensions?: string[];
}

export type ProblemKind =
  | "agenda-number-out-of-range" // "Mål 18"
  | "agenda-name-mismatch" // "3 Minskad ojämlikhet": the name is goal 10's
  | "agenda-wrong-year" // heading "Agenda 2023"
  | "po-name-mismatch" // "PO1: Ett grönare Europa"
  | "po-number-out-of-range" // "Politiskt mål 6": cohesion policy has PO1–PO5
  | "so-number-out-of-range" // "RSO 7.1", "specifikt mål 2.9": no such specific objective of the Regional Fund
  | "rus-unmatched" // a RUS citation whose text is none of the region's goals
  | "rus-unknown-number" // "RUS mål 7" where the region has no goal 7
  | "rus-other-region" // another region's RUS goal
  | "national-as-rus" // a national strategic area under a "RUS:" label
  | "jtf-not-eligible" // FRO cited by a region outside its territories
  | "interreg-not-eligible" // Interreg programme the region is not part of
  | "erdf-other-programme"; // another area's regional ERDF programme

export interface ReferenceProblem {
  kind: ProblemKind;
  message: string;
}

export interface Reference {
  /** The entry referred to; null for a citation that matches no entry (see problems). */
  entryId: string | null;
  framework: Framework;
  /** Span in the text given (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** True when the span is exactly canonicalReference(entry). */
  canonical: boolean;
  problems: ReferenceProblem[];
  /** For unmatched or doubtful references: the closest entries, best first. */
  suggestions?: string[];
}
