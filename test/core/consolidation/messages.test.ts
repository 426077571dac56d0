import { CONSOLIDATION_MESSAGES, consolidationText, reconciliationText, reminderText } from "../../../src/core/consolidation";

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|rader|filen|arbetsboken|bladet|används|avvisade|saknas|regionen)\b/;
const params = { file: "a.xlsx", kind: "damaged", detail: "arbetsboken är skadad", used: "b.xlsx", by: "fileDate", date: "2024-03-01 11:00", table: 3, sheet: "Blad1", count: 2, hidden: 0, regions: "Skåne, Blekinge", region: "Blekinge", workbook: "Skåne", info: "X", value: "Y", question: 2, first: 5, kind2: "", cells: "Blad1!A1 (U+FFFE)", more: 0, sheets: "\"Blad1\"" };

describe("consolidation's catalog", () => {
  const { sv, en } = CONSOLIDATION_MESSAGES;
  it("has every code in Swedish and English", () => {
    for (const part of ["reasons", "rejectLabels", "notes", "why", "unreadableKinds", "status"] as const) {
      expect(Object.keys(en[part]).sort()).toEqual(Object.keys(sv[part]).sort());
    }
    expect(Object.keys(sv.reasons)).toHaveLength(13);
    expect(Object.keys(sv.notes)).toHaveLength(18);
  });
  it("renders English without Swedish words (region and sheet names aside)", () => {
    const strip = (t: string) => t.replace(/Skåne|Avvisat|Skapad|Tabell \d|~\$…/g, "");
    const texts = [
      ...Object.values(en.reasons).map((f) => f(params)),
      ...Object.values(en.notes).map((f) => f(params)),
      ...Object.values(en.why).map((f) => f(params)),
      ...Object.values(en.unreadableKinds),
      ...Object.values(en.status),
      ...Object.values(en.rejectLabels),
      en.reconciliation({ source: "", rowsRead: 31, rowsInMaster: 20, rowsRejected: 3, rowsReplaced: 8, emptyTemplateRows: 2 }),
    ];
    for (const t of texts) expect(strip(t)).not.toMatch(SWEDISH);
  });
  it("names the file and says what is wrong when a file cannot be read, in either language, never the library's message alone", () => {
    const raw = { file: "trasig.xlsx", kind: "", detail: "Corrupted zip: can't find end of central directory" };
    expect(consolidationText("en").note({ code: "unreadable", params: { ...raw, kind: "damaged" } })).toBe(
      "The file trasig.xlsx could not be read as a workbook: it is damaged (not a valid .xlsx). Open it in Excel and save it again."
    );
    expect(consolidationText("sv").note({ code: "unreadable", params: raw })).toMatch(/^Filen trasig\.xlsx kunde inte läsas som en arbetsbok: den är ingen giltig Excel-arbetsbok \(\.xlsx\)\. \(Corrupted zip/);
  });
  it("renders the reconciliation line with the replaced rows", () => {
    const line = { source: "Totalt", rowsRead: 586, rowsInMaster: 555, rowsRejected: 8, rowsReplaced: 23, emptyTemplateRows: 0 };
    expect(reconciliationText(line)).toBe("586 rader lästa = 555 i sammanställningen + 8 avvisade + 23 ersatta.");
    expect(reconciliationText(line, "en")).toBe("586 rows read = 555 in the master + 8 rejected + 23 replaced.");
  });
});

describe("reminderText", () => {
  it("names every missing region and the year, in Swedish and English", () => {
    const sv = reminderText(["Gotland", "Kalmar"], "sv", 2023);
    expect(sv.subject).toContain("2023");
    expect(sv.body).toContain("från Gotland och Kalmar");
    const en = reminderText(["Gotland", "Kalmar"], "en", 2023);
    expect(en.body).toContain("from Gotland and Kalmar");
    expect(`${en.subject}\n${en.body}`).not.toMatch(SWEDISH);
  });
});
