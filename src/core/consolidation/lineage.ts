import type { Lineage } from "./types";

/** "4–9" for consecutive rows, "4, 6, 7" otherwise, "12" for one: what the Källrad column holds. */
export function formatRows(lineage: Lineage): string {
  const rows = lineage.rows && lineage.rows.length ? lineage.rows : [lineage.row];
  if (rows.length === 1) return String(rows[0]);
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return consecutive ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(", ");
}

/** The inverse of formatRows; [] when the text is no row list. */
export function parseRows(text: string): number[] {
  const rows: number[] = [];
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) {
      for (let r = Number(range[1]); r <= Number(range[2]); r++) rows.push(r);
    } else if (/^\d+$/.test(part)) rows.push(Number(part));
    else return [];
  }
  return rows;
}

export function lineageOf(file: string, sheet: string, rows: number[]): Lineage {
  return rows.length > 1 ? { file, sheet, row: rows[0], rows } : { file, sheet, row: rows[0] };
}
