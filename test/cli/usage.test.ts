/**
 * The command line as a coordinator meets it: --help on every command, English with --lang en
 * (help, usage and messages), "menade du …?" for near-miss region names, an --out that must be .xlsx,
 * and the exit codes README.md gives (0 done, 1 errors in the content, 2 bad call / file problem).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { REGIONS } from "../../src/core/regions";
import { runCli } from "../support/cli";

const COMMANDS = ["template", "demo", "validate", "consolidate"];
/** Words only the Swedish texts have: an English text containing one has not been translated. */
const SWEDISH = /\b(Slutkod|Användning|Okänd|saknas|menade|skriven|ska vara|Fel:)\b/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-usage-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--help", () => {
  test.each(COMMANDS)("%s --help and -h print the command's usage and exit 0", async (command) => {
    for (const flag of ["--help", "-h"]) {
      const { code, out, err } = await runCli(command, flag);
      expect(err).toBe("");
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^regionrapport ${command} `));
      expect(out).toContain("Slutkod");
    }
  });

  test.each(COMMANDS)("%s --help --lang en is the English usage", async (command) => {
    const { code, out } = await runCli(command, "--help", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^regionrapport ${command} `));
    expect(out).toContain("Exit code");
    expect(out).not.toMatch(SWEDISH);
  });

  test("--help wins over everything else on the line: nothing is run", async () => {
    const file = path.join(dir, "not-written.xlsx");
    const { code } = await runCli("template", "--region", "Blekinge", "--year", "2023", "--out", file, "--help");
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  test("help, --help and help COMMAND, in either language and either order", async () => {
    expect((await runCli("help")).out).toMatch(/^Regionrapport – regionernas/);
    for (const argv of [["help", "--lang", "en"], ["--lang", "en", "help"], ["--help", "--lang=en"]]) {
      const { code, out } = await runCli(...argv);
      expect(code).toBe(0);
      expect(out).toMatch(/^Regionrapport – the Swedish regions'/);
      for (const command of COMMANDS) expect(out).toContain(`regionrapport ${command} `);
      expect(out).not.toMatch(SWEDISH);
    }
    const topic = await runCli("help", "template", "--lang", "en");
    expect(topic.code).toBe(0);
    expect(topic.out).toMatch(/^regionrapport template --region REGION --year YEAR/);
  });

  test("no command: the usage in the language asked for, exit 2", async () => {
    const none = await runCli("--lang", "en");
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/^Regionrapport – the Swedish regions'/);
  });

  test("an unknown command, in English: exit 2, names it, English usage", async () => {
    const { code, err } = await runCli("consolidat", "--lang", "en");
    expect(code).toBe(2);
    expect(err).toMatch(/^Error: Unknown command "consolidat"\./);
    expect(err).not.toMatch(SWEDISH);
  });

  test("--lang that is neither sv nor en: exit 2, said in both", async () => {
    const { code, err } = await runCli("template", "--help", "--lang", "de");
    expect(code).toBe(2);
    expect(err).toContain('--lang ska vara sv eller en, inte "de"');
    expect(err).toContain('--lang must be sv or en, not "de"');
  });
});

describe("template in English", () => {
  test("writes the template and says so in English", async () => {
    const file = path.join(dir, "blekinge-en.xlsx");
    const { code, out, err } = await runCli("template", "--region", "Blekinge", "--year", "2023", "--out", file, "--lang", "en");
    expect(err).toBe("");
    expect(code).toBe(0);
    // Information, Tabell 1–8 and Listor.
    expect(out).toBe(`Template for Blekinge 2023 written to ${file} (10 sheets).`);
    expect(existsSync(file)).toBe(true);
  });

  test("a missing option, an unknown one and one without its value are said in English with the English usage", async () => {
    const missing = await runCli("template", "--region", "Blekinge", "--year", "2023", "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Error: --out is missing\.\n\nregionrapport template --region REGION --year YEAR/);
    const typo = await runCli("template", "--region", "Blekinge", "--yaer", "2023", "--out", path.join(dir, "t.xlsx"), "--lang", "en");
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^Error: Unknown option "--yaer"\. Did you mean --year\?/);
    const noValue = await runCli("template", "--lang", "en", "--region", "Blekinge", "--year", "2023", "--out");
    expect(noValue.code).toBe(2);
    expect(noValue.err).toMatch(/^Error: --out needs a value\./);
    for (const r of [missing, typo, noValue]) expect(r.err).not.toMatch(SWEDISH);
  });

  test("the same mistakes in Swedish", async () => {
    const typo = await runCli("template", "--region", "Blekinge", "--yaer", "2023", "--out", path.join(dir, "t.xlsx"));
    expect(typo.err).toMatch(/^Fel: Okänd flagga "--yaer"\. Menade du --year\?/);
    const noValue = await runCli("template", "--region", "Blekinge", "--year", "2023", "--out");
    expect(noValue.err).toMatch(/^Fel: --out behöver ett värde\./);
    const extra = await runCli("template", "extra", "--region", "Blekinge", "--year", "2023", "--out", path.join(dir, "t.xlsx"));
    expect(extra.code).toBe(2);
    expect(extra.err).toMatch(/^Fel: Oväntat argument "extra"\./);
  });
});

describe("near-miss region names", () => {
  test.each([
    ["Blekning", "Blekinge"],
    ["Jonkoping", "Jönköping"],
    ["Region Jonkopings lan", "Jönköping"],
    ["Vastra Gotaland", "Västra Götaland"],
    ["Sodermanland", "Sörmland"],
    ["Orebro", "Örebro"],
    ["Skane", "Skåne"],
    ["Stokholm", "Stockholm"],
  ])("%s: menade du %s? / did you mean %s?, exit 2, nothing written", async (given, meant) => {
    const file = path.join(dir, `near-${given.replace(/\W/g, "")}.xlsx`);
    const sv = await runCli("template", "--region", given, "--year", "2023", "--out", file);
    expect(sv.code).toBe(2);
    expect(sv.err).toContain(`Okänd region "${given}". Menade du ${meant}? Giltiga regioner:`);
    const en = await runCli("template", "--region", given, "--year", "2023", "--out", file, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toContain(`Unknown region "${given}". Did you mean ${meant}? Valid regions: ${REGIONS.join(", ")}.`);
    expect(existsSync(file)).toBe(false);
  });

  test("a name close to nothing gets no guess, only the list", async () => {
    const { code, err } = await runCli("template", "--region", "Narnia", "--year", "2023", "--out", path.join(dir, "narnia.xlsx"));
    expect(code).toBe(2);
    expect(err).not.toMatch(/Menade du/);
    expect(err).toContain(`Giltiga regioner: ${REGIONS.join(", ")}.`);
  });
});

describe("--out must be .xlsx", () => {
  test.each(["mall.csv", "mall.docx", "mall", "mall.xlsx.txt"])("template --out %s: exit 2, nothing written", async (name) => {
    const file = path.join(dir, name);
    const { code, err } = await runCli("template", "--region", "Blekinge", "--year", "2023", "--out", file);
    expect(code).toBe(2);
    expect(err).toContain(`--out ska vara en .xlsx-fil, inte "${file}".`);
    expect(existsSync(file)).toBe(false);
    const en = await runCli("template", "--region", "Blekinge", "--year", "2023", "--out", file, "--lang", "en");
    expect(en.err).toContain(`--out must be an .xlsx file, not "${file}".`);
  });

  test("the extension in capitals is still .xlsx", async () => {
    const file = path.join(dir, "MALL.XLSX");
    expect((await runCli("template", "--region", "Blekinge", "--year", "2023", "--out", file)).code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  test("consolidate --out master.csv: exit 2 before any workbook is read", async () => {
    const file = path.join(dir, "master.csv");
    const { code, err } = await runCli("consolidate", path.join(dir, "finns-inte"), "--out", file);
    expect(code).toBe(2);
    expect(err).toMatch(/^Fel: --out ska vara en \.xlsx-fil/);
    expect(existsSync(file)).toBe(false);
  });
});

describe("--version and start-up", () => {
  test("--version prints the version package.json gives and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
    const { code, out, err } = await runCli("--version");
    expect({ code, out, err }).toEqual({ code: 0, out: `regionrapport ${version}`, err: "" });
  });

  test("the compiled CLI answers --version and validates a file without loading exceljs (only writing needs it)", () => {
    const root = path.join(__dirname, "../..");
    const book = path.join(dir, "start-up.xlsx");
    const script = `
      const { main } = require(${JSON.stringify(path.join(root, "lib/cli/main.js"))});
      const loaded = () => Object.keys(require.cache).some((f) => f.includes("node_modules/exceljs/"));
      (async () => {
        await main(["--version"], () => {}, () => {});
        const afterVersion = loaded();
        await main(["template", "--region", "Kalmar", "--year", "2023", "--out", ${JSON.stringify(book)}], () => {}, () => {});
        const afterTemplate = loaded();
        console.log(JSON.stringify({ afterVersion, afterTemplate }));
      })();`;
    const fresh = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(JSON.parse(fresh.stdout)).toEqual({ afterVersion: false, afterTemplate: true });
    const validate = `
      const { main } = require(${JSON.stringify(path.join(root, "lib/cli/main.js"))});
      main(["validate", ${JSON.stringify(book)}], () => {}, () => {}).then((code) =>
        console.log(JSON.stringify({ code, exceljs: Object.keys(require.cache).some((f) => f.includes("node_modules/exceljs/")) })));`;
    const validated = spawnSync(process.execPath, ["-e", validate], { encoding: "utf8" });
    // An empty template has findings (exit 1); 2 would mean it could not be read.
    expect(JSON.parse(validated.stdout)).toEqual({ code: 1, exceljs: false });
  });
});
