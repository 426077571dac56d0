/**
 * A number as Excel shows it under a cell's number format, in Swedish conventions (decimal comma,
 * space between thousands, dates as 2023-12-31): 0.12 under "0%" is "12%", 1234567.891 under
 * '#,##0 "kr"' is "1 234 568 kr". Covers what report workbooks hold (General, fixed decimals,
 * thousands, percentages, literal text such as currencies, sections, dates and times); a format it
 * does not understand (fractions, conditions) falls back to General, never to an error.
 */

/** Excel's built-in formats by id, as a Swedish Excel shows them (14 and 22 follow the locale). */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "yyyy-mm-dd", 15: "d mmm yy", 16: "d mmm", 17: "mmm yy", 18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM", 20: "hh:mm", 21: "hh:mm:ss", 22: "yyyy-mm-dd hh:mm", 37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
  46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** Formats that show a number as its own digits: the grid keeps such a cell as a number. */
export function isGeneral(code: string | undefined): boolean {
  return code === undefined || code === "" || code === "@" || /^general$/i.test(code);
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const DAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

/**
 * General: the digits Excel keeps (15 significant), with a decimal comma and no grouping; very
 * large or small numbers in scientific form. (In a cell Excel also shortens to the column's width;
 * a text has no width, so the value is given as the formula bar shows it.)
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [m, e] = value.toExponential(14).split("e");
    return `${m.replace(/\.?0+$/, "").replace(".", ",")}E${e.startsWith("-") ? "-" : "+"}${e.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(15))).replace(".", ",");
}

/** Splits a format into its sections at ";" outside quotes, brackets and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      current += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\" && i + 1 < code.length) {
      current += code.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i);
      const stop = end < 0 ? code.length : end;
      current += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === ";") {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

type Token = { lit: string } | { ph: string };

/** Literal text and placeholders of one section; brackets give their currency text or nothing. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ lit: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      out.push({ lit: section[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      out.push({ lit: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (inner.startsWith("$")) out.push({ lit: inner.slice(1).split("-")[0] });
      else if (/^(h+|m+|s+)$/i.test(inner)) out.push({ ph: `[${inner.toLowerCase()}]` });
      i = stop;
    } else out.push({ ph: ch });
  }
  return out;
}

const isDateSection = (ts: Token[]) => ts.some((t) => "ph" in t && /^[yYdDhHsS]$|^\[/.test(t.ph)) || ts.some((t) => "ph" in t && /^[mM]$/.test(t.ph) && !ts.some((u) => "ph" in u && /[0#?]/.test(u.ph)));

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

function formatNumeric(value: number, ts: Token[]): string {
  const ph = ts.filter((t): t is { ph: string } => "ph" in t).map((t) => t.ph).join("");
  const percent = (ph.match(/%/g) ?? []).length;
  if (/[eE][+-]/.test(ph)) {
    const decimals = (/\.([0#?]*)/.exec(ph)?.[1] ?? "").length;
    const [m, e] = value.toExponential(decimals).split("e");
    return `${m.replace(".", ",")}E${e.startsWith("-") ? "-" : "+"}${e.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  if (/\?\/|\/\?/.test(ph) || /[0#?]\/[0-9#?]/.test(ph)) return formatGeneral(value);
  const point = ph.indexOf(".");
  const intPart = (point < 0 ? ph : ph.slice(0, point)).replace(/[^0#?,]/g, "").replace(/,+$/, "");
  const fracPart = point < 0 ? "" : ph.slice(point + 1).replace(/[^0#?]/g, "");
  // Commas after the last digit placeholder scale by a thousand each ("0.0,," shows millions).
  const trailingCommas = (/[0#?](,+)[^0#?]*$/.exec(ph.replace(/[^0#?,.]/g, ""))?.[1] ?? "").length;
  const grouping = /[0#?],+[0#?]/.test(intPart);
  let scaled = value * 100 ** percent;
  if (trailingCommas) scaled /= 1000 ** trailingCommas;
  const decimals = fracPart.length;
  const fixed = Math.abs(scaled).toFixed(decimals);
  let [int, frac = ""] = fixed.split(".");
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (int === "0" && minInt === 0) int = "";
  int = int.padStart(minInt, "0");
  // Optional decimals (#) drop trailing zeros; required ones (0) keep them.
  const required = (fracPart.match(/0/g) ?? []).length;
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  const number = (grouping ? group(int) : int) + (frac || (point >= 0 && fracPart.length === 0) ? `,${frac}` : "");
  // Literals before the first placeholder and after the last; digits in between are the number.
  let out = "";
  let placed = false;
  for (const t of ts) {
    if ("lit" in t) out += t.lit;
    else if (/[0#?.,]/.test(t.ph)) {
      if (!placed) {
        out += number;
        placed = true;
      }
    } else if (t.ph !== "@") out += t.ph;
  }
  return placed ? out : out + number;
}

/** The JavaScript date of an Excel serial number (1900 system with its leap-year bug, or 1904). */
export function dateOfSerial(serial: number, date1904 = false): Date {
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * 86400000));
}

function formatDate(value: number, ts: Token[], date1904: boolean): string {
  const date = dateOfSerial(value, date1904);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const y = date.getUTCFullYear(), mo = date.getUTCMonth(), d = date.getUTCDate(), wd = date.getUTCDay();
  const h = date.getUTCHours(), mi = date.getUTCMinutes(), s = date.getUTCSeconds();
  const ampm = ts.some((t) => "ph" in t && /^[aA]$/.test(t.ph));
  // Group consecutive same letters into runs: "yyyy", "mm", "dd".
  const runs: Token[] = [];
  for (const t of ts) {
    const last = runs[runs.length - 1];
    if ("ph" in t && last && "ph" in last && /^[a-zA-Z]$/.test(t.ph) && last.ph[0].toLowerCase() === t.ph.toLowerCase()) last.ph += t.ph;
    else runs.push("ph" in t ? { ph: t.ph } : t);
  }
  let out = "";
  for (let i = 0; i < runs.length; i++) {
    const t = runs[i];
    if ("lit" in t) {
      out += t.lit;
      continue;
    }
    const p = t.ph.toLowerCase();
    // "m" is minutes after an hour or before a second, else the month.
    const prev = runs.slice(0, i).reverse().find((u) => "ph" in u && /^[a-z[]/i.test(u.ph)) as { ph: string } | undefined;
    const next = runs.slice(i + 1).find((u) => "ph" in u && /^[a-z[]/i.test(u.ph)) as { ph: string } | undefined;
    if (p[0] === "y") out += p.length <= 2 ? pad(y % 100) : String(y);
    else if (p[0] === "m" && ((prev && /^h|^\[h/i.test(prev.ph)) || (next && /^s|^\[s/i.test(next.ph)))) out += p.length === 1 ? String(mi) : pad(mi);
    else if (p[0] === "m") out += p.length === 1 ? String(mo + 1) : p.length === 2 ? pad(mo + 1) : p.length === 3 ? MONTHS[mo].slice(0, 3) : p.length === 5 ? MONTHS[mo][0] : MONTHS[mo];
    else if (p[0] === "d") out += p.length === 1 ? String(d) : p.length === 2 ? pad(d) : p.length === 3 ? DAYS[wd].slice(0, 3) : DAYS[wd];
    else if (p[0] === "h") out += String(ampm ? h % 12 || 12 : h).padStart(p.length >= 2 ? 2 : 1, "0");
    else if (p[0] === "s") out += p.length === 1 ? String(s) : pad(s);
    else if (p === "[h]" || p === "[hh]") out += String(Math.floor(value * 24));
    else if (p === "[m]" || p === "[mm]") out += String(Math.floor(value * 1440));
    else if (p === "[s]" || p === "[ss]") out += String(Math.floor(value * 86400));
    else if (p.startsWith("a")) {
      const am = h < 12;
      out += /^a\/p$/i.test(runs.slice(i, i + 3).map((u) => ("ph" in u ? u.ph : u.lit)).join("")) ? (am ? "a" : "p") : am ? "fm" : "em";
      // Skip the rest of "AM/PM" or "A/P".
      while (i + 1 < runs.length && "ph" in runs[i + 1] && /^[/mMpP]/.test((runs[i + 1] as { ph: string }).ph)) i++;
    } else if (p === "." && next === undefined && /^0+$/.test(runs[i + 1] && "ph" in runs[i + 1] ? (runs[i + 1] as { ph: string }).ph : "")) {
      const zeros = (runs[i + 1] as { ph: string }).ph.length;
      out += "," + String(date.getUTCMilliseconds()).padStart(3, "0").slice(0, zeros);
      i++;
    } else if (p === "@" || p === "e" || p === "g") out += "";
    else out += t.ph;
  }
  return out;
}

/** Whether a format shows dates or times. */
export function isDateFormat(code: string): boolean {
  return !isGeneral(code) && isDateSection(tokens(sections(code)[0]));
}

/** The number as Excel shows it under the format (General when there is none). */
export function formatNumber(value: number, code: string | undefined, date1904 = false): string {
  if (isGeneral(code)) return formatGeneral(value);
  const parts = sections(code!);
  let section = parts[0];
  let sign = value < 0 ? "-" : "";
  let shown = value;
  if (/^\[[<>=]/.test(section)) return formatGeneral(value);
  if (value < 0 && parts.length > 1 && parts[1] !== "") {
    section = parts[1];
    sign = "";
    shown = -value;
  } else if (value === 0 && parts.length > 2 && parts[2] !== "") section = parts[2];
  const ts = tokens(section);
  if (isDateSection(ts)) return value < 0 ? formatGeneral(value) : formatDate(value, ts, date1904);
  if (!ts.some((t) => "ph" in t && /[0#?]/.test(t.ph))) {
    // A section of literal text only ("-" for zero in accounting formats, or "General").
    const lits = ts.map((t) => ("lit" in t ? t.lit : /general/i.test(section) ? "" : t.ph)).join("");
    return /general/i.test(section) ? sign + formatGeneral(Math.abs(shown)) + lits.replace(/general/i, "") : lits.trim();
  }
  const text = formatNumeric(Math.abs(shown), ts).trim();
  return sign && /[1-9]/.test(text) ? `${sign}${text}` : text;
}
