#!/usr/bin/env node
/**
 * Freezes what the goal-reference recogniser and the validator say today, so a change made for speed
 * can be checked to change nothing (test/core/taxonomy/golden.test.ts compares against this file).
 *
 *   npx tsc -p tsconfig.cli.json && node scripts/taxonomy/make-golden.js [--lib DIR] [--out FILE]
 *
 * The golden holds, with their inputs:
 *   references   recogniseReferences(text, loadTaxonomy(), { region }) for every Mål cell of tables 1–7 of
 *                data/sample-2023.json, once with the row's own region, once with none and once with
 *                another region (so RUS goals of other regions, eligibility and "no region" paths are
 *                frozen too), plus tricky synthetic texts from the recogniser's tests, with and without region
 *   extended     a few texts recognised against extended taxonomies (the extension test cases)
 *   validation   validateWorkbook findings for the 21 sample workbooks (template filled with the 2023 rows)
 *
 * Regenerate only when a behaviour change is intended – and then look at the diff.
 */
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROOT = path.join(__dirname, "..", "..");
const LIB = path.resolve(opt("--lib", path.join(ROOT, "lib")));
const OUT = path.resolve(opt("--out", path.join(ROOT, "test", "core", "taxonomy", "golden-references.json")));
const lib = (m) => require(path.join(LIB, m));

const { loadTaxonomy, recogniseReferences, extendTaxonomy, parseExtensionJson } = lib("core/taxonomy");
const { REGIONS } = lib("core/regions");
const { reportsFromSample } = lib("core/sample");
const { buildTemplate } = lib("core/template");
const { validateWorkbook } = lib("core/validation");

const sample = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "sample-2023.json"), "utf8"));
const TABLES = ["1", "2", "3", "4", "5", "6", "7"];

/** Texts from test/core/taxonomy/recognise.test.ts and edge cases of the folding (length, surrogates, punctuation). */
const SYNTHETIC = [
  ["Mål i RUS:\nMinskad Miljö- och klimatpåverkan Stärkt konkurrenskraft i näringslivet Ett växande näringsliv med fler arbetstillfällen Mål i Agenda 2030:\n3 God hälsa och välbefinnande 7 Hållbar energi för alla 11 Hållbara städer och samhällen 13 Bekämpa klimatförändringarna", "Blekinge"],
  ["Mål i RUS:\nEtt konkurrenskraftigt och klimatsmart Dalarna.\nMål i ERUF:\nPO1: Ett smartare Europa Specifikt mål: ”utveckla färdigheter för smart specialisering, strukturomvandling och entreprenörskap”.", "Dalarna"],
  ["RUS mål 1 och 3 Interreg Aurora, Smart specialization, research and innovation", "Västernorrland"],
  ["Mål i RUS:\nFörbättrad matchning – fler i arbete.\nBalanserad tillväxt- fler arbetstillfällen Mål Agenda 2023:\n4 God utbildning för alla", "Kronoberg"],
  ["Agenda 2030:\nMål 8\nMål 9\nMål 10", "Gotland"],
  ["Mål i FRO: Minskade CO2-utsläpp på regional och nationell nivå.", "Gotland"],
  ["RUS: Innovation och förnyelse samt entreprenörskap och företagande i hela landet Nationell prioritering: Innovation och förnyelse samt entreprenörskap och företagande i hela landet", "Norrbotten"],
  ["ERUF: Mål 2,6 Främja övergången till en cirkulär och resurseffektiv ekonomi", "Västernorrland"],
  ["ERUF Norra Mellansverige\n• 2.6 Främja cirkulär ekonomi\nInterreg Central Baltic\n• Gemensamma lösningar för cirkulär ekonomi", "Gävleborg"],
  ["Projektet bidrar främst till att Bygga kompetens men även till att Stärka innovationskraften", "Västra Götaland"],
  ["vi ska bygga kompetens hos personalen", "Västra Götaland"],
  ["Regional utvecklingsstrategi, alla mål", "Värmland"],
  ["Mål i Agenda 2030:\nMål 18 Fred och rättvisa", null],
  ["Agenda 2030: 3 Minskad ojämlikhet", null],
  ["Mål 7 Hållbara städer och samhällen", null],
  ["Insatsen främjar jämställdhet och minskad ojämlikhet i länet", null],
  ["Agenda 2030 – minskad ojämlikhet", null],
  ["Mål i RUS: Stärkt attraktivitet för unga vuxna", "Blekinge"],
  ["Prioritering i RUS: Bättre väder i hela länet", "Blekinge"],
  ["Prioritering: Något helt annat än målen", "Blekinge"],
  ["RUS mål 7", "Västernorrland"],
  ["RUS: Ett nyskapande Västmanland genom hållbar tillväxt", "Västernorrland"],
  ...["Fonden för en rättvis omställning", "FRO", "JTF", "Just Transition Fund"].map((n) => [`Bidrar till ${n}.`, "Skåne"]),
  ["FRO", "Norrbotten"],
  ...["Interreg Aurora", "Interreg Sverige–Norge", "Central Baltic", "Östersjöprogrammet", "Nordsjöprogrammet", "Öresund-Kattegat-Skagerrak", "Interreg Nord", "Interreg Europe"].map((t) => [t, null]),
  ["Interreg Aurora", "Skåne"],
  ["Interreg Aurora", "Norrbotten"],
  ["Europe is a continent", null],
  ["PO1: Ett smartare Europa", null],
  ["Politiskt mål 2 En grönare och koldioxidsnål övergång till en ekonomi med noll nettoutsläpp", null],
  ["Specifikt mål: Förbättra den digitala konnektiviteten", null],
  ["ERUF-projekt inom PO2.6", null],
  ["PO1: Ett grönare Europa", null],
  ["Finansierat via anslag 1:1 Regionala utvecklingsåtgärder", null],
  ["Regionalfondsprogram Övre Norrland 2021–2027", "Skåne"],
  ["  mål i rus:  FLER BLEKINGEBOR I ARBETE ", "Blekinge"],
  ["Stark Konkurrenskraft, hog och jamlik livskvalitet", "Örebro"],
  ["", null],
  ["   \n  ", "Skåne"],
  ["Se tabell 2.", "Värmland"],
  ["Antalet resor ska fördubblas till år 2020, 70 % av 3 kommuner", "Uppsala"],
  ["RUS samtliga mål", "Gotland"],
  ["RUS: alla tre målen", "Jönköping"],
  ["Målområde 2 och 3, delmål 8", "Västmanland"],
  ["RUS mål 3.1 och 3.2", "Uppsala"],
  ["ESF+ specifikt mål POD\nESF POA", null],
  ["Globala målen: 5, 10 och 17\n13 Bekämpa klimatförändringarna", null],
  ["Agenda 2030: 1. Ingen fattigdom, 2) Ingen hunger; Nr 6 Rent vatten och sanitet för alla", null],
  ["Emoji 🚀 före Mål i Agenda 2030: 😀 7 Hållbar energi för alla 🌍", "Stockholm"],
  ["RUS: Innovation och förnyelse samt entreprenörskap och företagande i hela landet", null],
  ["Nationell strategi: Kompetensförsörjning\nEtt smartare Europa\nEtt grönare Europa", "Halland"],
  ["Strukturfondsprogram Mellersta Norrland: 1:3 och 2,6\nRUS: 1, 2 & 3", "Jämtland Härjedalen"],
  // Two entries with the same wording (the first in taxonomy order wins), and a goal whose wording
  // begins and ends with the same words, so that its matches could overlap.
  ["Mål i RUS: Ett sammanhållet och konkurrenskraftigt Dalarna", "Dalarna"],
  ["RUS: Konkurrenskraftigt näringsliv\nAttraktiva livsmiljöer", null],
  ["Prioritering: attraktiva livsmiljöer, konkurrenskraftigt näringsliv", "Värmland"],
  ["Skola och arbetsliv samverkar kring arbetsmarknadens möjligheter till ökad matchningsgrad samt stärka koppling mellan " +
    "skola och arbetsliv samverkar kring arbetsmarknadens möjligheter till ökad matchningsgrad samt stärka koppling mellan skola och arbetsliv", "Västernorrland"],
];

const refs = (text, taxonomy, region) => recogniseReferences(text, taxonomy, region ? { region } : {});

function references() {
  const taxonomy = loadTaxonomy();
  const cases = [];
  for (const table of TABLES) {
    sample.tables[table].forEach((row, i) => {
      const text = row.goals ?? "";
      // "Another region": the next of the 21 in list order, so every row meets a foreign RUS.
      const other = REGIONS[(REGIONS.indexOf(row.region) + 1) % REGIONS.length];
      for (const region of [row.region, null, other]) {
        cases.push({ source: `sample:${table}:${i}`, text, region, refs: refs(text, taxonomy, region) });
      }
    });
  }
  SYNTHETIC.forEach(([text, region], i) => {
    for (const r of new Set([region, null, "Skåne"])) cases.push({ source: `synthetic:${i}`, text, region: r, refs: refs(text, taxonomy, r) });
  });
  return cases;
}

/** The extension test's grid and JSON, and what the extended taxonomies recognise. */
const EXTENSIONS = {
  grid: [
    ["Mål i RUS 2024", null, null, null],
    [],
    ["Namn", "Region", "Typ", "Kod", "Ersätter"],
    ["Unga väljer Blekinge", "Region Blekinge", "Mål", null, "Stärkt attraktivitet, särskilt för unga"],
    ["Fler i arbete i hela länet", "Blekinge", "Prioritering", 21, null],
    [null, null, null, null, null],
    ["Målområde 1: En attraktiv region", "Västernorrland", "Målområde", "1", null],
  ],
  json: JSON.stringify({
    source: "Region Kalmar län, RUS 2024",
    goals: [{ region: "Kalmar", type: "Mål 2030", code: "M1", name: "Fler unga stannar i länet", variants: ["fler unga stannar"] }],
  }),
};
const EXTENDED_TEXTS = [
  ["Mål i RUS: Unga väljer Blekinge", "Blekinge"],
  ["Mål i RUS: Stärkt attraktivitet särskilt för unga", "Blekinge"],
  ["Prioritering: Fler i arbete i hela länet", "Blekinge"],
  ["RUS mål 1 och 21", "Blekinge"],
  ["RUS: Målområde 1: En attraktiv region, målområde 3", "Västernorrland"],
  ["RUS: fler unga stannar", "Kalmar"],
  ["RUS: Fler unga stannar i länet", "Skåne"],
];

function extended() {
  const base = loadTaxonomy();
  const out = [];
  for (const [name, ext] of [["grid", EXTENSIONS.grid], ["json", parseExtensionJson(EXTENSIONS.json)]]) {
    const t = extendTaxonomy(base, ext);
    for (const [text, region] of EXTENDED_TEXTS) out.push({ extension: name, text, region, refs: refs(text, t, region) });
  }
  return out;
}

function validation() {
  return reportsFromSample(sample).map((report) => {
    const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-01-15" });
    const grids = spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));
    const result = validateWorkbook(grids, { file: "test.xlsx" });
    // Positions and messages only, as golden.test.ts compares them (the reviewer's keys are tested in test/core/validation).
    const REVIEWER_KEYS = ["region", "sourceFile", "sourceSheet", "sourceRow", "key", "fingerprint"];
    const findings = result.findings.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !REVIEWER_KEYS.includes(k))));
    return { region: report.region, counts: result.counts, findings };
  });
}

const golden = { extensions: EXTENSIONS, references: references(), extended: extended(), validation: validation() };
// One case per line: a behaviour change shows up as a readable diff of the cases it touches.
const body = Object.entries(golden).map(([key, value]) =>
  Array.isArray(value) ? `${JSON.stringify(key)}: [\n${value.map((v) => JSON.stringify(v)).join(",\n")}\n]` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
fs.writeFileSync(OUT, `{\n${body.join(",\n")}\n}\n`);
const size = (fs.statSync(OUT).size / 1024).toFixed(0);
console.log(`${golden.references.length} texts, ${golden.extended.length} extended, ${golden.validation.length} workbooks → ${path.relative(ROOT, OUT)} (${size} kB)`);
