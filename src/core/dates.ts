/**
 * Dates and times as Swedish users read them: Europe/Stockholm local time, "YYYY-MM-DD" and
 * "YYYY-MM-DD HH:MM". Intl.DateTimeFormat with a time zone works alike in Node and in browsers.
 */

export const SWEDISH_TIME_ZONE = "Europe/Stockholm";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: SWEDISH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function local(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function toDate(instant: string | Date): Date | null {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2024-01-15": the instant's date in Sweden; null when the text is no instant. */
export function swedishDate(instant: string | Date): string | null {
  const d = toDate(instant);
  return d ? local(d).date : null;
}

/** "2024-01-15 00:30": the instant's date and time in Sweden; null when the text is no instant. */
export function swedishDateTime(instant: string | Date): string | null {
  const d = toDate(instant);
  if (!d) return null;
  const { date, time } = local(d);
  return `${date} ${time}`;
}

/** Today's date in Sweden (the template's "Skapad", the master's "Sammanställd"). */
export function todayInSweden(now: Date = new Date()): string {
  return local(now).date;
}

/**
 * A date as a workbook or a file system gives it, for a Swedish reader: an instant with a zone
 * ("…Z", "+01:00") in Swedish local time; a date alone as it is; a date and time without a zone
 * (already local, as Excel writes them) as "YYYY-MM-DD HH:MM". Anything else as given.
 */
export function swedishLocal(text: string): string {
  const value = text.trim();
  const zoned = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(value);
  if (zoned) return swedishDateTime(value.replace(" ", "T")) ?? value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const plain = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
  if (plain) return `${plain[1]} ${plain[2]}`;
  return value;
}

/** The year before this one: the report year when nothing says otherwise (the compilation is made the spring after). */
export function yearBeforeThis(): number {
  return new Date().getFullYear() - 1;
}
