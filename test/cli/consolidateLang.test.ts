/**
 * consolidate and feedback with --lang en: every line they print is English (the product's own
 * words; region, file and sheet names are data), and without --lang the Swedish summary is as it was.
 * A few workbooks as in consolidate.test.ts: Kalmar with a hidden copy of table 2, Örebro twice,
 * a text file named .xlsx, an empty workbook, a lock file and a .csv beside them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Region } from "../../src/core/regions";
import { reportsFromSample } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import type { WorkbookSpec } from "../../src/core/workbookSpec";
import { sheetSpec } from "../../src/core/workbookSpec";
import { writeSpecToFile } from "../../src/xlsx";
import { loadSampleData } from "../../src/cli/sampleFile";
import { runCli as run } from "../support/cli";

const reports = reportsFromSample(loadSampleData());
const fileOf = (region: string) => `2023 ${region}.xlsx`;
const sheetOf = (s: WorkbookSpec, name: string) =>
  s.sheets.find((sh) => sh.name === name)!;

function spec(
  region: Region,
  change?: (spec: WorkbookSpec) => void,
  created = "2024-01-15",
): WorkbookSpec {
  const report = reports.find((r) => r.region === region)!;
  const s = buildTemplate({
    region,
    year: 2023,
    rows: report.tables,
    table8: report.table8,
    created,
  });
  change?.(s);
  return s;
}

/**
 * Swedish words of the product's own texts. Quoted text (a cell's, a sheet's "Tabell 2") and the
 * names below are data and are taken out of a line before it is checked.
 */
const SWEDISH =
  /\b(rader|rad|avvisade|avvisad|saknas|saknar|mottagna|lästa|filer|fil|används|hoppas|över|kan inte|läsas|kunde|arbetsboken|arbetsbok|bladet|tabell|tabellerna|inga|ingen|och|Obs|Fel|Att åtgärda|Sammanställningen|Avstämning|Meddelanden|Totalt|Regioner|Filer|ersatta|tillagda|borttagna|ändrad|nyast|enligt|mappen|finns inte|fynd|skrivna)(?![\p{L}])/iu;
const DATA =
  /"[^"]*"|\d{4} [\p{L} ]+?( ny)?\.xlsx|~\$|\b(Tabell \d|Avvisat|Skapad|Ändringar|Källfil)\b/gu;
const REGION_NAMES = new RegExp(reports.map((r) => r.region).join("|"), "g");
const swedishLines = (text: string) =>
  text.split("\n").filter((line) =>
    SWEDISH.test(
      line
        .replace(DATA, "")
        .replace(REGION_NAMES, "")
        .replace(/\/tmp\/\S+/g, ""),
    ),
  );

let dir: string;
let mixed: string;
let resubmitted: string;
let first: string;
let unreadable: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-lang-"));
  mixed = path.join(dir, "blandat");
  resubmitted = path.join(dir, "ny");
  first = path.join(dir, "forsta");
  unreadable = path.join(dir, "trasiga");
  for (const d of [mixed, resubmitted, first, unreadable]) mkdirSync(d);
  await writeSpecToFile(spec("Blekinge"), path.join(mixed, fileOf("Blekinge")));
  await writeSpecToFile(spec("Blekinge"), path.join(first, fileOf("Blekinge")));
  await writeSpecToFile(
    spec("Kalmar", (w) => {
      const t2 = sheetOf(w, "Tabell 2");
      w.sheets.push({
        ...t2,
        name: "Tabell 2 (2)",
        hidden: true,
        values: t2.values.map((r) => [...r]),
        tables: [],
        validations: [],
      });
    }),
    path.join(mixed, fileOf("Kalmar")),
  );
  await writeSpecToFile(spec("Örebro"), path.join(mixed, fileOf("Örebro")));
  await writeSpecToFile(
    spec("Örebro", undefined, "2024-02-20"),
    path.join(mixed, "2023 Örebro ny.xlsx"),
  );
  writeFileSync(
    path.join(mixed, "trasig.xlsx"),
    "det här är ingen arbetsbok\n",
  );
  await writeSpecToFile(
    { sheets: [sheetSpec("Blad1", {})] },
    path.join(mixed, "tom.xlsx"),
  );
  writeFileSync(path.join(mixed, "~$2023 Blekinge.xlsx"), "Excels låsfil");
  writeFileSync(path.join(mixed, "siffror.csv"), "a;b\n");
  await writeSpecToFile(
    spec(
      "Blekinge",
      (w) =>
        (sheetOf(w, "Tabell 1").values[3][2] =
          "Helt ny text om prestationerna 2024"),
    ),
    path.join(resubmitted, fileOf("Blekinge")),
  );
  writeFileSync(path.join(unreadable, "trasig.xlsx"), "ingen arbetsbok");
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("consolidate --lang en", () => {
  let result: Awaited<ReturnType<typeof run>>;
  const out = () => path.join(dir, "master-en.xlsx");
  beforeAll(async () => {
    result = await run("consolidate", mixed, "--out", out(), "--lang", "en");
  }, 60_000);

  test("the headings, the table's columns and the reconciliation line in English", () => {
    const lines = result.out.split("\n");
    expect(result.code).toBe(1);
    expect(lines[0]).toBe(`The master is written to ${out()}.`);
    expect(lines[1]).toBe("To do:");
    expect(lines).toContain(
      "Reconciliation: rows read = in the master + rejected",
    );
    expect(lines.find((l) => l.startsWith("  File "))).toMatch(
      /^ {2}File +Region +Status +Read +In master +Rejected +Errors +Warnings$/,
    );
    expect(result.out).toMatch(
      /^ {2}\d+ rows read = \d+ in the master \+ \d+ rejected\.$/m,
    );
    expect(result.out).toMatch(/^Regions: 3 of 21 received; missing: /m);
    expect(result.out).toMatch(
      /^Files: 6 files \(used: 3, replaced by another workbook: 1, empty: 1, could not be read: 1\)\.$/m,
    );
    expect(lines).toContain("Messages:");
    expect(lines).toContain("Several workbooks for the same region:");
    expect(result.out).toMatch(
      /^Errors and warnings in the workbooks read: \d+ errors?, \d+ warnings?\.$/m,
    );
  });

  test("rejected rows by reason, file notes and the duplicate's decision from the catalog, in English", () => {
    expect(result.out).toMatch(
      /^ {2}\d+ rows rejected \(each row with its reason on the sheet Avvisat\):$/m,
    );
    expect(result.out).toMatch(
      /^ +\d+ {2}hidden extra copy of a table \(duplicate-table-hidden\)$/m,
    );
    expect(result.out).toMatch(
      /^ +\d+ {2}the region has another workbook, which is used \(superseded\)$/m,
    );
    expect(result.out).toMatch(
      /^ {2}trasig\.xlsx: could not be read – nothing from it is in the master/m,
    );
    expect(result.out).toMatch(
      /2023 Kalmar\.xlsx:\n {4}Hidden extra copy of table 2; the table is read from the sheet "Tabell 2"\. \d+ rows rejected/,
    );
    expect(result.out).toMatch(/tom\.xlsx:\n {4}The workbook is empty\./);
    expect(result.out).toMatch(
      /trasig\.xlsx:\n {4}The file trasig\.xlsx could not be read as a workbook: it is not an Excel workbook \(\.xlsx\)/,
    );
    expect(result.out).toContain(
      "Örebro: 2023 Örebro ny.xlsx, 2023 Örebro.xlsx – used: 2023 Örebro ny.xlsx (newest by the information sheet's Skapad (created) date: 2024-02-20).",
    );
  });

  test("progress and warnings on stderr in English", () => {
    const lines = result.err.split("\n");
    expect(lines.filter((l) => l.startsWith("["))).toHaveLength(6);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[1\/6\] 2023 Blekinge\.xlsx: \d+ rows$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\[\d\/6\] trasig\.xlsx: cannot be read – it is not an Excel workbook/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Note: .*~\$2023 Blekinge\.xlsx: skipped – Excel's lock file/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Note: .*siffror\.csv: skipped – a text file \(\.csv\), not a workbook/,
      ),
    );
  });

  test("no line of the output has the product's Swedish words", () => {
    for (const word of [
      "rader",
      "avvisade",
      "saknas",
      "Att åtgärda",
      "Sammanställningen",
      "Avstämning",
      "mottagna",
      "hoppas över",
      "kan inte läsas",
      "Obs:",
    ]) {
      expect(`${result.out}\n${result.err}`).not.toContain(word);
    }
    expect(swedishLines(result.out)).toEqual([]);
    expect(swedishLines(result.err)).toEqual([]);
  });

  test("--previous: the changes and the earlier master's row in English", async () => {
    const earlier = path.join(dir, "forsta.xlsx");
    expect((await run("consolidate", first, "--out", earlier)).out).toContain(
      "rader lästa",
    );
    const again = await run(
      "consolidate",
      resubmitted,
      "--previous",
      earlier,
      "--out",
      path.join(dir, "ny-en.xlsx"),
      "--lang",
      "en",
    );
    expect(again.out).toContain(
      "Changes from the earlier master (the sheet Ändringar):",
    );
    expect(again.out).toMatch(
      /^ {2}Blekinge: 0 rows added, 0 removed, 1 changed\n {4}changed: Table 1 ".+" – .+: ".+" → "Helt ny text om prestationerna 2024"$/m,
    );
    expect(again.out).toMatch(/^ {2}\(earlier master\) \(\d+ replaced\)/m);
    expect(again.out).toMatch(
      /rows read = \d+ in the master \+ 0 rejected \+ \d+ replaced\./,
    );
    expect(swedishLines(again.out)).toEqual([]);
    expect(swedishLines(again.err)).toEqual([]);
  });

  test("no master: why, and every file's note, in English", async () => {
    const none = await run(
      "consolidate",
      unreadable,
      path.join(dir, "finns-inte.xlsx"),
      "--out",
      path.join(dir, "ingen.xlsx"),
      "--lang",
      "en",
    );
    expect(none.code).toBe(2);
    expect(none.err).toContain(
      "Error: No master was written: none of the 2 files could be read as an Excel workbook.",
    );
    expect(none.err).toContain(
      "finns-inte.xlsx: The file finns-inte.xlsx could not be read as a workbook: the file does not exist.",
    );
    expect(
      swedishLines(none.err.replace(/finns-inte\.xlsx|trasig\.xlsx/g, "")),
    ).toEqual([]);
  });

  test("a bad --choose and --map in English", async () => {
    const bad = await run(
      "consolidate",
      mixed,
      "--out",
      path.join(dir, "x.xlsx"),
      "--choose",
      "Narnia=a.xlsx",
      "--lang",
      "en",
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Error: --choose: unknown region "Narnia".');
    const map = await run(
      "consolidate",
      mixed,
      "--out",
      path.join(dir, "x.xlsx"),
      "--map",
      path.join(dir, "saknas.json"),
      "--lang",
      "en",
    );
    expect(map.err).toContain("saknas.json: the file does not exist.");
  });
});

describe("feedback --lang en", () => {
  test("what it prints is English", async () => {
    const result = await run(
      "feedback",
      mixed,
      "--out",
      path.join(dir, "feedback-en"),
      "--lang",
      "en",
    );
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /trasig\.xlsx: cannot be read – it is not an Excel workbook/,
    );
    expect(result.err).toMatch(
      /siffror\.csv: a text file \(\.csv\), not a workbook/,
    );
    expect(result.out).toMatch(
      /Feedback to Kalmar\.xlsx: \d+ findings?, \d+ rejected rows?$/m,
    );
    expect(result.out).toMatch(/^\d+ feedback workbooks? written in /m);
    expect(swedishLines(result.out)).toEqual([]);
    expect(swedishLines(result.err)).toEqual([]);
  });
});

describe("consolidate without --lang", () => {
  test("the Swedish summary is as it was", async () => {
    const out = path.join(dir, "master-sv.xlsx");
    const result = await run("consolidate", mixed, "--out", out);
    expect(result.code).toBe(1);
    expect(result.out.split(out).join("MASTER")).toBe(SV_SUMMARY);
    expect(result.err.split(mixed).join("MAPP")).toBe(SV_PROGRESS);
    // The check the English runs pass finds the Swedish words: it is not blind.
    expect(swedishLines(result.out).length).toBeGreaterThan(15);
    expect(swedishLines(result.err)).toHaveLength(8);
  });
});

/** The summary as the CLI printed it before it spoke English (commit 3dc7bf9), the master's path as MASTER. */
const SV_SUMMARY = [
  "Sammanställningen är skriven till MASTER.",
  "Att åtgärda:",
  "  18 regioner saknas: Dalarna, Gotland, Gävleborg, Halland, Jämtland Härjedalen, Jönköping, Kronoberg, Norrbotten, Skåne, Stockholm, Sörmland, Uppsala, Värmland, Västerbotten, Västernorrland, Västmanland, Västra Götaland, Östergötland.",
  "  tom.xlsx: tom – ingenting därifrån är med (se meddelandena nedan).",
  "  trasig.xlsx: kunde inte läsas – ingenting därifrån är med (se meddelandena nedan).",
  "  33 rader avvisade (varje rad med skäl på bladet Avvisat):",
  "        2  dold extra kopia av en tabell (duplicate-table-hidden)",
  "       31  regionen har en annan arbetsbok som används (superseded)",
  "",
  "Filer: 6 filer (används: 3, ersatt av annan arbetsbok: 1, tom: 1, kunde inte läsas: 1).",
  "Regioner: 3 av 21 mottagna; saknas: Dalarna, Gotland, Gävleborg, Halland, Jämtland Härjedalen, Jönköping, Kronoberg, Norrbotten, Skåne, Stockholm, Sörmland, Uppsala, Värmland, Västerbotten, Västernorrland, Västmanland, Västra Götaland, Östergötland.",
  "",
  "Avstämning: rader lästa = i sammanställningen + avvisade",
  "  Fil                  Region    Status                     Lästa  I samm.  Avvisade  Fel  Varningar",
  "  2023 Blekinge.xlsx   Blekinge  Används                       33       33         0    1          5",
  "  2023 Kalmar.xlsx     Kalmar    Används                       23       21         2    0          4",
  "  2023 Örebro ny.xlsx  Örebro    Används                       31       31         0    0          0",
  "  2023 Örebro.xlsx     Örebro    Ersatt av annan arbetsbok     31        0        31    0          0",
  "  tom.xlsx             –         Tom                            0        0         0    0          0",
  "  trasig.xlsx          –         Kunde inte läsas               0        0         0    0          0",
  "  Totalt                                                      118       85        33    1          9",
  "  118 rader lästa = 85 i sammanställningen + 33 avvisade.",
  "",
  "Meddelanden:",
  "  2023 Kalmar.xlsx:",
  '    Dold extra kopia av tabell 2; tabellen läses från bladet "Tabell 2". 2 rader avvisade',
  "  2023 Örebro.xlsx:",
  "    Används inte: 2023 Örebro ny.xlsx används i stället (nyast enligt informationsbladets Skapad: 2024-02-20).",
  "  tom.xlsx:",
  "    Arbetsboken är tom.",
  "  trasig.xlsx:",
  "    Filen trasig.xlsx kunde inte läsas som en arbetsbok: den är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.",
  "",
  "Flera arbetsböcker för samma region:",
  "  Örebro: 2023 Örebro ny.xlsx, 2023 Örebro.xlsx – används: 2023 Örebro ny.xlsx (nyast enligt informationsbladets Skapad: 2024-02-20).",
  "",
  "Fel och varningar i de inlästa arbetsböckerna: 1 fel, 9 varningar.",
  "  2023 Blekinge.xlsx: 1 fel, 5 varningar",
  "  2023 Kalmar.xlsx: 0 fel, 4 varningar",
].join("\n");
const SV_PROGRESS = [
  "Obs: MAPP/~$2023 Blekinge.xlsx: hoppas över – Excels låsfil för en arbetsbok som är öppen; den läses inte.",
  "Obs: MAPP/siffror.csv: hoppas över – en textfil (.csv), ingen arbetsbok: öppna den i Excel och spara den som .xlsx.",
  "[1/6] 2023 Blekinge.xlsx: 33 rader",
  "[2/6] 2023 Kalmar.xlsx: 23 rader",
  "[3/6] 2023 Örebro ny.xlsx: 31 rader",
  "[4/6] 2023 Örebro.xlsx: 31 rader",
  "[5/6] tom.xlsx: 0 rader",
  "[6/6] trasig.xlsx: kan inte läsas – den är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.",
].join("\n");
