import { compareRegions, type Region } from "../../regions";
import type { ConsolidationCatalog } from "./types";

const s = (p: Record<string, string | number>, key: string) => String(p[key] ?? "");
/** Regions in publication order, whatever order the reader found them in. */
const regionList = (p: Record<string, string | number>) => (s(p, "regions").split(", ").filter(Boolean) as Region[]).sort(compareRegions).join(", ");
const rows = (n: number) => (n === 1 ? "1 rad avvisad" : `${n} rader avvisade`);
const list = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`);

/** Swedish, the coordinator's language: the master's sheets are written from this one. */
export const sv: ConsolidationCatalog = {
  reasons: {
    superseded: (p) => `Regionen har en annan arbetsbok som används: ${s(p, "used")} (${sv.why[p.by as keyof typeof sv.why]?.(p) ?? s(p, "why")}).`,
    "duplicate-table": (p) => `Extra kopia av tabell ${s(p, "table")}; tabellen läses från bladet "${s(p, "used")}".`,
    "duplicate-table-hidden": (p) => `Dold extra kopia av tabell ${s(p, "table")}; tabellen läses från bladet "${s(p, "used")}".`,
    "region-other": (p) => `Raden anger region ${s(p, "region")}, men arbetsboken gäller ${s(p, "workbook")}.`,
    "region-unknown": (p) =>
      p.previous
        ? `Raden i den tidigare sammanställningen anger "${s(p, "value")}", som inte är någon av de 21 regionerna.`
        : `Regionen "${s(p, "value")}" är ingen av de 21 regionerna.`,
    "several-regions": (p) => `Arbetsboken anger flera regioner (${regionList(p)}) och inget informationsblad som avgör vilken den gäller.`,
    "no-region": () => "Arbetsboken anger ingen av de 21 regionerna, varken på informationsbladet, i rubrikerna, på raderna eller i filnamnet.",
    "region-conflict": (p) =>
      `Informationsbladet anger ${s(p, "info")}, men raderna anger ${s(p, "regions")}; arbetsboken används inte för någon region förrän det rättats.`,
    "header-not-found": (p) => `Bladet ser ut som tabell ${s(p, "table")}, men rubrikraden hittades inte; raderna kunde inte placeras.`,
    "table-unknown": (p) =>
      p.kind === "form"
        ? `Bladet "${s(p, "sheet")}" har tabell 8:s rubrikrad men anger inte att det är tabell 8 (i bladets namn eller i en rubrik som "Tabell 8. …"); raderna kunde inte placeras.`
        : `Bladet "${s(p, "sheet")}" har rubrikraden för tabell 1–7 men anger inte vilken tabell det är (i bladets namn, som "Tabell 3", eller i en rubrik som "Tabell 3. …"); raderna kunde inte placeras.`,
    "form-question-unknown": (p) =>
      p.value
        ? `Frågan "${s(p, "value")}" är ingen av tabell 8:s sex frågor (nummer 1–6 eller frågans text); svaret kunde inte placeras.`
        : "Raden anger ingen fråga; svaret kunde inte placeras.",
    "form-question-duplicate": (p) => `Fråga ${s(p, "question")} besvaras redan på rad ${s(p, "first")}.`,
    "form-region-duplicate": (p) => `Tabell 8 har redan en rad för regionen (rad ${s(p, "first")}).`,
  },
  rejectLabels: {
    superseded: "regionen har en annan arbetsbok som används",
    "duplicate-table": "extra kopia av en tabell",
    "duplicate-table-hidden": "dold extra kopia av en tabell",
    "region-other": "raden anger en annan region än arbetsboken",
    "region-unknown": "raden anger ingen av de 21 regionerna",
    "several-regions": "arbetsboken anger flera regioner",
    "no-region": "arbetsboken anger ingen region",
    "region-conflict": "informationsbladets region motsägs av raderna",
    "header-not-found": "tabellens rubrikrad hittades inte",
    "table-unknown": "bladet anger inte vilken tabell det är",
    "form-question-unknown": "tabell 8: okänt frågenummer",
    "form-question-duplicate": "tabell 8: frågan besvaras två gånger",
    "form-region-duplicate": "tabell 8: regionen har redan en rad",
  },
  notes: {
    unreadable: (p) =>
      p.kind && sv.unreadableKinds[s(p, "kind")] !== undefined && p.detail
        ? `Filen ${s(p, "file")} kunde inte läsas som en arbetsbok: ${s(p, "detail")}`
        : `Filen ${s(p, "file")} kunde inte läsas som en arbetsbok: ${sv.unreadableKinds[s(p, "kind")] || "den är ingen giltig Excel-arbetsbok (.xlsx)."}${p.detail && !p.kind ? ` (${s(p, "detail")})` : ""}`,
    empty: () => "Arbetsboken är tom.",
    replaced: (p) =>
      `${p.count === 1 ? "En cell hade" : `${s(p, "count")} celler hade`} tecken som en arbetsbok inte kan lagra; de är utbytta mot \uFFFD: ${s(p, "cells")}${p.more ? " …" : ""}.`,
    "no-tables": (p) => `Ingen av tabellerna 1–8 känns igen i arbetsboken (blad: ${s(p, "sheets") || "inga"}).`,
    "region-from-rows": (p) =>
      p.info
        ? `Informationsbladets region "${s(p, "info")}" är ingen av de 21; regionen ${s(p, "region")} är hämtad från raderna.`
        : `Informationsbladet anger ingen region; regionen ${s(p, "region")} är hämtad från raderna.`,
    "year-differs": (p) => `Informationsbladet anger redovisningsåret ${s(p, "year")}; de flesta arbetsböckerna anger ${s(p, "reportYear")}, som sammanställningen gäller.`,
    "region-from-title": (p) => `Informationsbladet saknas; regionen ${s(p, "region")} är hämtad från tabellernas rubriker.`,
    "region-from-file": (p) => `Varken informationsbladet, rubrikerna eller raderna anger regionen; ${s(p, "region")} är hämtad från filnamnet.`,
    "several-regions": (p) => sv.reasons["several-regions"](p),
    "no-region": (p) => sv.reasons["no-region"](p),
    "region-conflict": (p) => sv.reasons["region-conflict"](p),
    "duplicate-table": (p) => `${sv.reasons[p.hidden ? "duplicate-table-hidden" : "duplicate-table"](p)} ${rows(Number(p.count))}`,
    "extra-cells": (p) =>
      `Tabell ${s(p, "table")} (bladet "${s(p, "sheet")}") har text i ${p.count === 1 ? "1 cell" : `${s(p, "count")} celler`} utanför tabellens kolumner; raderna är med i sammanställningen och texten står under Avvisat.`,
    "wide-form": (p) => `Tabell 8 (bladet "${s(p, "sheet")}") har en kolumn per fråga; den läses så.`,
    "header-not-found": (p) => `${sv.reasons["header-not-found"](p)} (bladet "${s(p, "sheet")}", ${rows(Number(p.count))})`,
    "table-unknown": (p) => `${sv.reasons["table-unknown"](p)} (${rows(Number(p.count))})`,
    "sheet-not-read": (p) => `Bladet "${s(p, "sheet")}" känns inte igen som någon tabell och läses inte.`,
    "superseded-file": (p) => `Används inte: ${s(p, "used")} används i stället (${sv.why[p.by as keyof typeof sv.why]?.(p) ?? ""}).`,
  },
  why: {
    choice: () => "vald av samordnaren",
    created: (p) => `nyast enligt informationsbladets Skapad: ${s(p, "date")}`,
    fileDate: (p) => `nyast enligt filens datum: ${s(p, "date")}`,
    name: () => "datumen skiljer dem inte åt; den första i filnamnsordning används – välj fil om en annan ska gälla",
    ask: () => "datumen ligger högst en minut isär och avgör inte vilken som är nyast; den första i filnamnsordning används tills vidare – välj fil",
  },
  unreadableKinds: {
    missing: "filen finns inte.",
    directory: "det är en mapp, inte en fil.",
    unreadable: "filen kunde inte läsas från disken.",
    empty: "filen är tom (0 byte).",
    "lock-file": "det är Excels låsfil (~$…), som finns medan någon har arbetsboken öppen.",
    encrypted: "den är lösenordsskyddad eller krypterad (känslighetsetikett); spara den utan lösenord och skicka den igen.",
    xls: "den är i det äldre .xls-formatet, som inte stöds: öppna den i Excel och spara den som .xlsx.",
    ods: "den är ett OpenDocument-kalkylblad (.ods): spara den som .xlsx.",
    "not-zip": "den är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.",
    "no-workbook": "den är ett zip-arkiv utan någon Excel-arbetsbok i.",
    damaged: "den är skadad (inte en giltig .xlsx). Öppna den i Excel och spara den igen.",
    limit: "den är större än gränserna för en arbetsbok (filstorlek, antal blad eller celler).",
  },
  reconciliation: (l) =>
    `${l.rowsRead} ${l.rowsRead === 1 ? "rad läst" : "rader lästa"} = ${l.rowsInMaster} i sammanställningen + ${l.rowsRejected} avvisade` +
    `${l.rowsReplaced ? ` + ${l.rowsReplaced} ersatta` : ""}.` +
    `${l.emptyTemplateRows ? ` (${l.emptyTemplateRows === 1 ? "1 tom mallrad" : `${l.emptyTemplateRows} tomma mallrader`} räknas inte.)` : ""}`,
  status: {
    used: "Används",
    superseded: "Ersatt av annan arbetsbok",
    unreadable: "Kunde inte läsas",
    empty: "Tom",
    "no-tables": "Inga tabeller",
    "several-regions": "Flera regioner",
    "no-region": "Ingen region",
    "region-conflict": "Regionen motsägs av raderna",
  },
  reminder: ({ regions, year }) => ({
    subject: `Påminnelse: regionens redovisning${year ? ` för ${year}` : ""}`,
    body: [
      "Hej!",
      "",
      `Vi har ännu inte fått redovisningen${year ? ` för ${year}` : ""} från ${list(regions)}.`,
      "Skicka gärna den ifyllda arbetsboken (mallen med tabell 1–8) så snart ni kan. Hör av er om något är oklart.",
      "",
      "Tack på förhand och vänliga hälsningar",
    ].join("\n"),
  }),
  feedback: {
    sheetName: (region) => `Återk. ${region}`,
    title: (region) => `Återkoppling till ${region}`,
    intro: (files) => `Det här behöver rättas i arbetsboken (${files}) innan den kan sammanställas fullt ut. Varje rad anger blad och cell.`,
    headers: ["Fil", "Blad", "Cell", "Typ", "Meddelande", "Så rättar ni"],
    kinds: { fel: "Fel", varning: "Varning", rejected: "Avvisad rad" },
    rejectedFix: "Rätta raden enligt meddelandet och skicka arbetsboken igen.",
    none: "Inga fel, varningar eller avvisade rader.",
  },
};
