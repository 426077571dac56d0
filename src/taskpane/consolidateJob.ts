import { compareDuplicates, consolidate, type ConsolidationInput, type ConsolidationResult, type DuplicateComparison, feedbackFileName, regionFeedback } from "../core/consolidation";
import type { SheetGrid } from "../core/grid";
import type { SheetMapping } from "../core/recognise";
import type { Region } from "../core/regions";
import { type Finding, validateWorkbook } from "../core/validation";
import type { SheetSpec } from "../core/workbookSpec";
import { type BoardCellRef, drillRows, type DrillTable } from "./drill";


/**
 * The coordinator's heavy work, off the main thread: read the regions' workbooks, consolidate them and
 * build the master's WorkbookSpec. Plain code with no Worker in it, so Node tests run it as it is;
 * consolidate.worker.ts wires it to a Web Worker, consolidateClient.ts runs it inline where there is none.
 */

/** A file as the pane hands it over (a File is a Blob; tests give bytes). */
export interface JobFile {
  name: string;
  /** ms since 1970, as File.lastModified. */
  lastModified: number;
  data: Blob | Uint8Array;
}

export type JobRequest =
  /** A new batch: read every file, then consolidate (with the open workbook's earlier master, if any). */
  | { kind: "start"; files: JobFile[]; previous?: SheetGrid[]; runDate: string }
  /** The same batch again with the coordinator's choice of file for regions that sent several. */
  | { kind: "choose"; choices: Partial<Record<Region, string>>; runDate: string; mappings?: SheetMapping[] }
  /** One workbook's findings (for the board's drill-down), in the pane's language. */
  | { kind: "findings"; file: string; language: "sv" | "en" }
  /** One region's rows in one master table (the drill-down). */
  | { kind: "rows"; cell: BoardCellRef }
  /** One sheet of the master's WorkbookSpec, for writing: sent a sheet at a time, so no one message blocks the pane. */
  | { kind: "sheet"; index: number }
  /** Återkoppling: a sheet per region with findings or rejected rows, in the pane's language. */
  | { kind: "feedback"; language: "sv" | "en"; as: "sheets" | "files" };

/**
 * What the pane gets when the job is done: everything but the master's rows and its WorkbookSpec, which
 * stay in the worker (147,000 rows take a second to copy onto the main thread); asked for in parts.
 */
export type PaneResult = Omit<ConsolidationResult, "master" | "spec"> & { sheetNames: string[]; comparisons: DuplicateComparison[] };

export function paneResult(result: ConsolidationResult, comparisons: DuplicateComparison[] = []): PaneResult {
  const { master: _master, spec, ...rest } = result;
  return { ...rest, sheetNames: spec.sheets.map((s) => s.name), comparisons };
}

export type JobReply =
  | { kind: "reading"; done: number; total: number; file: string }
  | { kind: "consolidating" }
  | { kind: "done"; result: PaneResult }
  | { kind: "rows"; cell: BoardCellRef; table: DrillTable }
  | { kind: "sheet"; index: number; sheet: SheetSpec }
  | { kind: "feedback"; sheets: SheetSpec[] }
  /** The same as workbooks, one per region, in one .zip. */
  | { kind: "feedbackFiles"; zip: Uint8Array; files: string[] }
  | { kind: "findings"; file: string; findings: Finding[] }
  | { kind: "error"; message: string };

export type ReadBytes = (data: Blob | Uint8Array) => Promise<Uint8Array>;

/** Blob.arrayBuffer where the runtime has it (workers, browsers); bytes pass through. */
export const blobBytes: ReadBytes = async (data) => (data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer()));

export interface JobHost {
  handle(request: JobRequest): Promise<void>;
}

/** One host per worker: it keeps the batch it read, so a choice of file does not read the files again. */
/** src/xlsx's consolidationInput, handed in: the pane loads src/xlsx only lazily. */
export type ToInput = (file: string, bytes: Uint8Array, fileDate?: string) => Promise<ConsolidationInput>;

/** The .xlsx writer and zip of src/xlsx/browserWrite, handed in like ToInput (loaded only when a download is asked for). */
export interface Writers {
  workbookBytes(spec: { sheets: SheetSpec[] }): Promise<Uint8Array>;
  zipFiles(entries: readonly { name: string; bytes: Uint8Array }[]): Uint8Array;
}

export function createJobHost(post: (reply: JobReply) => void, toInput: ToInput, readBytes: ReadBytes = blobBytes, writers?: () => Promise<Writers>): JobHost {
  let inputs: ConsolidationInput[] = [];
  let previous: SheetGrid[] | undefined;
  let choices: Partial<Record<Region, string>> = {};
  /** The coordinator's mappings of unplaced sheets (by file and sheet, so they outlive a new batch). */
  let mappings: SheetMapping[] = [];
  let last: ConsolidationResult | null = null;

  function run(runDate: string) {
    post({ kind: "consolidating" });
    last = consolidate(inputs, { previous, choices, mappings, runDate });
    post({ kind: "done", result: paneResult(last, compareDuplicates(last, inputs, runDate)) });
  }

  return {
    async handle(request) {
      try {
        if (request.kind === "start") {
          const read: ConsolidationInput[] = [];
          for (const [i, file] of request.files.entries()) {
            post({ kind: "reading", done: i, total: request.files.length, file: file.name });
            read.push(await toInput(file.name, await readBytes(file.data), new Date(file.lastModified).toISOString()));
          }
          inputs = read;
          previous = request.previous;
          choices = {};
          run(request.runDate);
        } else if (request.kind === "findings") {
          const input = inputs.find((i) => i.file === request.file);
          const findings = input && "grids" in input ? validateWorkbook(input.grids, { file: input.file, language: request.language }).findings.filter((f) => !f.accepted) : [];
          post({ kind: "findings", file: request.file, findings });
        } else if (request.kind === "rows") {
          post({ kind: "rows", cell: request.cell, table: last ? drillRows(last, request.cell) : { headers: [], rows: [] } });
        } else if (request.kind === "feedback") {
          const feedback = last ? regionFeedback(last, inputs, request.language) : [];
          const sheets = feedback.map((f) => f.sheet);
          if (request.as === "files" && writers) {
            const w = await writers();
            const files: { name: string; bytes: Uint8Array }[] = [];
            for (const f of feedback) files.push({ name: feedbackFileName(f, request.language), bytes: await w.workbookBytes({ sheets: [f.sheet] }) });
            post({ kind: "feedbackFiles", zip: w.zipFiles(files), files: files.map((f) => f.name) });
          } else post({ kind: "feedback", sheets });
        } else if (request.kind === "sheet") {
          if (!last?.spec.sheets[request.index]) throw new Error(`No sheet ${request.index}`);
          post({ kind: "sheet", index: request.index, sheet: last.spec.sheets[request.index] });
        } else {
          choices = request.choices;
          if (request.mappings) mappings = request.mappings;
          run(request.runDate);
        }
      } catch (error) {
        post({ kind: "error", message: (error as Error).message });
      }
    },
  };
}
