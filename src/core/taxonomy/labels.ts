/**
 * The labels regions put before their citations, as regexes over folded text (see text.ts).
 * Sections (the text a label governs) end where the next framework's label starts.
 */

/** Any framework's label: where a section ends. */
export const ANY_LABEL =
  /(?<![a-z0-9])(mal (?:i |enligt )?rus\w*|rus\w*|rufs|regional utvecklingsstrategi\w*|(?:mal (?:i )?)?agenda\s*\d{4}|eruf\w*|eurf|regionalfond\w*|interreg|esf\w*|socialfond\w*|fro|jtf|nationell\w*|amif\w*|specifikt mal\w*|sarskilt mal|politiskt mal|po\s?\d)(?![a-z])/g;

/** Headings of an Agenda 2030 list; the year is captured to catch "Agenda 2023". */
export const AGENDA_HEADING = /(?<![a-z0-9])(?:mal (?:i )?)?agenda\s*(\d{4})(?:\s*[-:]?\s*mal(?![a-z])(?!\s*\d))?|globala malen/g;

/** Labels that open the Regional Fund's part of a cell, where "2,6" or "1:3" is a specific objective. */
export const ERDF_LABEL =
  /(?<![a-z0-9])(eruf\w*|eurf|regionalfond\w*|specifikt mal\w*|sarskilt mal|politiskt mal|po\s?\d|strukturfondsprogram\w*|(?:smartare|gronare|sammanlankat) europa)(?![a-z])/g;

/** Labels of a RUS citation whose text should be one of the region's goals. */
export const RUS_CITATION =
  /(?<![a-z0-9])(?:mal (?:i |enligt )?rus(?::?ens?)?\w*(?: 20\d\d)?|rus(?::?ens?)?\w*(?: (?:mal|malomraden?|prioritering|effektmal|delmal))?|prioritering(?: i rus\w*)?|prioriterat omrade i rus\w*|regional utvecklingsstrategi(?:, insatsomraden och mal|, mal|, insatsomrade)?|rufs 2050|effektmal i rus)(?![a-z0-9])\s*:?/g;

/** Words that show a short goal name is meant as a RUS goal ("kraftsamling elektrifiering", "RUS: Kompetensförsörjning"). */
export const RUS_CONTEXT =
  /(?<![a-z0-9])(rus\w*|rufs|utvecklingsstrategi\w*|prioriter\w*|insatsomrade\w*|malomrade\w*|effektmal\w*|delmal\w*|inriktning\w*|kraftsamling\w*|malbild\w*|strategiskt omrade|fokusomrade\w*|positioner?|langsiktig\w*)(?![a-z0-9])/;

/** "samtliga mål", "alla tre", "alla mål": the whole strategy is cited. */
export const ALL_GOALS = /^(?:samtliga|alla)(?: tre)?(?: (?:mal|malomraden|prioriteringar)\w*)?(?![a-z])/;

/** "2 och 3", "mål 1, 2", "3.1", "målområde 2 och 3" at the start of a RUS citation. */
export const GOAL_NUMBERS = /^(?:(?:malomrade\w*|delmal\w*|mal|nr)\s*)?(\d{1,2}(?:\.\d{1,2}){0,2})((?:\s*(?:,|och|&|samt|\/)\s*(?:(?:mal|delmal)\s*)?\d{1,2}(?:\.\d{1,2}){0,2})*)(?![0-9a-z%])/;

/** The next section boundary after pos (or the text's end). */
export function sectionEnd(folded: string, pos: number, stop: RegExp = ANY_LABEL): number {
  stop.lastIndex = pos;
  const m = stop.exec(folded);
  return m ? m.index : folded.length;
}

/** Is [start, end) a whole line, bullet item or sentence on its own? */
export function standsAlone(original: string, start: number, end: number): boolean {
  const before = original.slice(0, start).match(/[^\n•;:.(]*$/)![0];
  const after = original.slice(end).match(/^[^\n•;.,)]*/)![0];
  return /^[\s"”“'•*-]*$/.test(before) && /^[\s"”“'.]*$/.test(after);
}
