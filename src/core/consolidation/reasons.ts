import { CONSOLIDATION_MESSAGES } from "./messages";
import type { FileNote, NoteCode, ReasonParams, RejectCode } from "./types";

const sv = CONSOLIDATION_MESSAGES.sv;

/** The reason for a rejection code, in Swedish (the master's Avvisat sheet), from the values the reader or consolidation gave. */
export function reasonOf(code: RejectCode, p: ReasonParams): string {
  return sv.reasons[code](p);
}

/** A file note and its Swedish text, pushed together (FileRead.notes and messages stay in step). */
export function addNote(read: { notes: FileNote[]; messages: string[] }, code: NoteCode, params: ReasonParams = {}): void {
  read.notes.push({ code, params });
  read.messages.push(sv.notes[code](params));
}
