import type { Messages } from "./types";

/** Swedish, the product's language: each message says what is wrong and how to put it right. */
export const sv: Messages = {
  INFO_SHEET_MISSING: () =>
    "Arbetsboken har inget informationsblad med Region och År. Lägg till bladet Information från mallen och fyll i region och år, så att raderna kan kontrolleras mot rätt region.",
  INFO_REGION_MISSING: () => "Informationsbladet anger ingen region. Välj regionen i listan bredvid Region.",
  INFO_REGION_UNKNOWN: (p) =>
    `Informationsbladet anger regionen "${p.value}", som inte är någon av de 21 regionerna. Välj regionen i listan bredvid Region.`,
  INFO_YEAR_INVALID: (p) =>
    p.value ? `Året "${p.value}" på informationsbladet är inget årtal. Skriv redovisningsåret med fyra siffror, till exempel 2023.` : "Informationsbladet anger inget år. Skriv redovisningsåret med fyra siffror, till exempel 2023.",
  TEMPLATE_VERSION_UNKNOWN: (p) =>
    `Arbetsboken är gjord med mallversion ${p.version}, som produkten inte längre känner till (kända versioner: ${p.known}). Kontrollera resultatet noga, eller för över uppgifterna till en ny mall (version ${p.current}).`,
  TEMPLATE_VERSION_MISSING: (p) =>
    `Informationsbladet anger ingen mallversion, så det går inte att veta vilken mall arbetsboken bygger på. Skapa arbetsboken från mallen (version ${p.current}) eller skriv Mallversion ${p.current} på informationsbladet om den redan följer mallen.`,
  TABLE_MISSING: (p) =>
    `Tabell ${p.table} (${p.title}) saknas i arbetsboken. Lägg till bladet för tabell ${p.table} från mallen; har regionen inget att redovisa där, skriv raden "Regionen redovisar inga insatser i tabellform.".`,
  TABLE_DUPLICATE: (p) =>
    `Tabell ${p.table} finns två gånger: även på bladet "${p.sheet}". Bara bladet "${p.used}" läses. Flytta raderna dit och ta bort det extra bladet.`,
  TABLE_DUPLICATE_HIDDEN: (p) =>
    `Det dolda bladet "${p.sheet}" är en extra kopia av tabell ${p.table}; bara bladet "${p.used}" läses. Ta bort det dolda bladet om det inte behövs.`,
  HEADER_NOT_FOUND: (p) =>
    `Bladet "${p.sheet}" ser ut att vara tabell ${p.table}, men rubrikraden hittas inte. Det behövs en rad med kolumnrubrikerna ${p.expected} bland de 30 första raderna; skriv dem som i mallen.`,
  TABLE_UNPLACED: (p) =>
    p.kind === "form"
      ? `Bladet "${p.sheet}" har tabell 8:s rubrikrad men säger inte att det är tabell 8, så raderna kommer inte med i sammanställningen. Döp bladet till "Tabell 8" eller skriv "Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder" i första raden.`
      : `Bladet "${p.sheet}" har rubrikraden för tabell 1–7 men säger inte vilken tabell det är, så raderna kommer inte med i sammanställningen. Döp bladet till "Tabell N" (N = 1–7) eller skriv tabellens nummer och titel i första raden, som i mallen.`,
  COLUMN_MISSING: (p) => `Tabell ${p.table} saknar kolumnen "${p.header}". Lägg till kolumnen med rubriken som i mallen och fyll i den.`,
  COLUMN_UNKNOWN: (p) =>
    `Kolumnen "${p.header}" hör inte till tabell ${p.table}; dess ${p.count} ifyllda celler följer inte med i sammanställningen. Flytta innehållet till rätt kolumn eller ta bort kolumnen.`,
  GOAL_SHEET_INVALID: (p) =>
    `Bladet "${p.sheet}" med regionens egna mål kan inte läsas (kolumn ${p.column}: ${p.problem}), så inget av målen där används. Rätta raden; målen kontrolleras under tiden mot den inbyggda måltaxonomin.`,
  TABLE_EMPTY: (p) =>
    `Tabell ${p.table} har inga rader. Fyll i regionens insatser, eller skriv "Regionen redovisar inga insatser i tabellform." i kolumnen för insats om regionen inte har något att redovisa.`,
  ROW_MISSING_REGION: () => "Raden saknar region. Välj regionen i listan.",
  ROW_MISSING_ACTIVITY: () => "Raden saknar insats. Skriv insatsens namn och en kort beskrivning.",
  ROW_MISSING_OUTPUTS: () => "Raden saknar resultat i form av prestationer. Beskriv vad insatsen har åstadkommit under året.",
  ROW_MISSING_GOALS: () =>
    "Raden saknar mål. Ange vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden, Interreg eller Fonden för en rättvis omställning som insatsen ska bidra till.",
  CELL_NOT_TEXT: (p) =>
    `Cellen var ${p.kind === "date" ? "ett datum" : p.kind === "formula" ? "en formel" : p.kind === "boolean" ? "ett sanningsvärde" : p.kind === "error" ? "ett felvärde" : "ett tal"} i Excel, inte text; sammanställningen tar det som visades: "${p.shown}". Formatera kolumnen som text och skriv in värdet igen, så visas det likadant överallt.`,
  EFFECTS_EMPTY: (p) => `Kolumnen om effekter är tom. Beskriv uppnådda effekter, eller skriv "${p.tooEarly}" om det inte går att säga ännu.`,
  REGION_UNKNOWN: (p) => `"${p.value}" är inte någon av de 21 regionerna. Välj regionen i listan.`,
  REGION_MISMATCH: (p) =>
    `Raden anger ${p.region}, men arbetsboken gäller ${p.workbook}${p.infoSheet ? ` enligt bladet ${p.infoSheet}` : ""}. Rätta regionen på raden, eller flytta raden till ${p.region}s arbetsbok.`,
  PLACEHOLDER_WITH_ROWS: (p) =>
    `Raden "${p.text}" står i tabell ${p.table} tillsammans med ${p.count} rader med insatser. Ta bort raden om regionen har insatser i tabellen, annars de andra raderna.`,
  ROW_DUPLICATE: (p) => `Raden är likadan som rad ${p.first} i tabell ${p.table}. Ta bort den ena om insatsen inte ska redovisas två gånger.`,
  GOALS_UNRECOGNISED: () =>
    'Inget av målen i cellen känns igen i måltaxonomin. Skriv målen ett per rad som de heter, till exempel "Agenda 2030: 7 Hållbar energi för alla" eller regionens RUS-mål, eller välj dem i målväljaren.',
  AGENDA2030_NUMBER_OUT_OF_RANGE: (p) =>
    `"${p.text}": Agenda 2030 har mål 1–17, inte ${p.number}. Rätta numret, eller välj målet i målväljaren.`,
  AGENDA2030_NAME_MISMATCH: (p) =>
    `"${p.text}": Agenda 2030 mål ${p.number} heter "${p.name}", medan namnet hör till mål ${p.otherNumber} (${p.otherName}). Rätta numret eller namnet så att de hör ihop.`,
  AGENDA2030_WRONG_YEAR: (p) => `"${p.text}" står under rubriken Agenda ${p.year}. Skriv Agenda 2030 om det är de globala målen som avses.`,
  PO_NAME_MISMATCH: (p) =>
    `"${p.text}": politiskt mål ${p.code} heter "${p.name}", medan namnet hör till ${p.otherCode} (${p.otherName}). Rätta numret eller namnet så att de hör ihop.`,
  JTF_NOT_ELIGIBLE: (p) =>
    `"${p.text}": Fonden för en rättvis omställning gäller bara ${p.regions}, inte ${p.region}. Ta bort hänvisningen eller ange den fond som insatsen faktiskt finansieras av.`,
  INTERREG_NOT_ELIGIBLE: (p) =>
    `"${p.text}": ${p.region} ingår inte i programområdet för Interreg ${p.programme}. Kontrollera programmets namn och rätta hänvisningen.`,
  INTERREG_NOT_ELIGIBLE_UNCERTAIN: (p) =>
    `"${p.text}": ${p.region} ingår inte i programområdet för Interreg ${p.programme} enligt måltaxonomin, vars uppgift om programområdet inte är bekräftad. Kontrollera programmets namn.`,
  ERDF_OTHER_PROGRAMME: (p) =>
    `"${p.text}": regionalfondsprogrammet ${p.programme} gäller ${p.regions}, inte ${p.region}. Kontrollera att det är rätt program; regionens eget program eller det nationella programmet avses oftast.`,
  RUS_GOAL_UNKNOWN: (p) =>
    `"${p.text}" är inget av ${p.region}s mål i den regionala utvecklingsstrategin enligt måltaxonomin. ${p.suggestions ? `Närmast liknande: ${p.suggestions}. ` : ""}Skriv målet som det lyder i strategin, eller lägg till det på bladet Mål om strategin är ny.`,
  RUS_GOAL_NUMBER_UNKNOWN: (p) =>
    `${p.region}s regionala utvecklingsstrategi har inget mål ${p.number} i måltaxonomin. ${p.suggestions ? `Kända mål: ${p.suggestions}. ` : ""}Skriv målets namn i stället för numret, eller lägg till målet på bladet Mål.`,
  RUS_GOAL_OTHER_REGION: (p) =>
    `"${p.text}" är ett mål i ${p.other}s regionala utvecklingsstrategi, inte i ${p.region}s. Ange ${p.region}s eget mål.`,
  FORM_ANSWER_MISSING: (p) =>
    p.noRow ? `Tabell 8 har ingen rad för fråga ${p.question}. Lägg till raden och besvara frågan.` : `Fråga ${p.question} är obesvarad. Skriv svaret i kolumnen Svar.`,
  FORM_QUESTION_UNKNOWN: (p) =>
    `"${p.value}" är inget frågenummer 1–6, så raden kan inte föras till någon fråga. Skriv frågans nummer i kolumnen Fråga nr.`,
  FORM_QUESTION_DUPLICATE: (p) =>
    `Fråga ${p.question} besvaras också på rad ${p.first}; bara det första svaret läses. Samla svaret på en rad.`,
  FORM_YESNO_MISSING: (p) => `Fråga ${p.question} ska också besvaras med Ja eller Nej. Välj Ja eller Nej i kolumnen Ja/Nej.`,
  FORM_YESNO_INVALID: (p) => `Fråga ${p.question} besvaras med Ja eller Nej, inte "${p.value}". Välj Ja eller Nej i kolumnen Ja/Nej.`,
  FORM_YESNO_FROM_TEXT: (p) =>
    `Fråga ${p.question}: Ja/Nej ("${p.value}") är hämtat ur början av svaret. Skriv Ja eller Nej i kolumnen Ja/Nej så att det inte kan läsas fel.`,
  FORM_YESNO_NOT_ASKED: (p) =>
    `Fråga ${p.question} besvaras inte med Ja eller Nej, men kolumnen Ja/Nej säger "${p.value}". Töm cellen och skriv svaret i kolumnen Svar.`,

  // The reviewers' rules on content and goals (issue 12), kept together.
  CROSS_REFERENCE: (p) =>
    `Raden hänvisar till annan text ("${p.pointer}") i stället för att redovisa insatsen i tabell ${p.table}: ${p.columns} saknar egen text. Sammanställningen publicerar tabellerna för sig, så skriv prestationer, effekter och mål på raden, eller ta bort raden om insatsen redan redovisas där hänvisningen pekar.`,
  GOALS_IN_OTHER_COLUMN: (p) =>
    `Målkolumnen anger inget mål, men kolumnen "${p.column}" (${p.at}) innehåller mål ur måltaxonomin: ${p.goals}. Kolumnerna verkar förskjutna. Flytta målen till kolumnen Mål och prestationer och effekter till sina kolumner.`,
  OUTPUTS_EQUAL_EFFECTS: (p) =>
    `Effekterna är samma text som prestationerna (${p.outputs}). Beskriv vad insatsen har lett till, eller skriv "För tidigt att säga" om effekterna inte går att se ännu.`,
  NATIONAL_AS_RUS: (p) =>
    `"${p.text}" är ett strategiskt område (${p.area}) i den nationella strategin för hållbar regional utveckling, inte ett mål i ${p.region}s regionala utvecklingsstrategi. Ange vilket RUS-mål insatsen bidrar till, och skriv den nationella strategins område under en egen rubrik om det ska stå med.`,
  PO_NUMBER_OUT_OF_RANGE: (p) =>
    `"${p.text}": sammanhållningspolitiken har politiska mål ${p.known}, inget mål ${p.number}. Rätta numret; Interregs egna mål heter ISO1 och ISO2.`,
  SO_NUMBER_OUT_OF_RANGE: (p) =>
    `"${p.text}": Regionalfonden har inget specifikt mål ${p.number} (specifika mål: ${p.known}). Rätta numret, eller välj målet i målväljaren.`,
  ERDF_SO_NOT_IN_PROGRAMME: (p) =>
    `"${p.text}": specifikt mål ${p.code} hör till politiskt mål ${p.po}, som ${p.programme} inte omfattar (programmet har politiska mål ${p.pos}). Kontrollera att det är rätt mål, och ange programmet om insatsen finansieras av ett annat program än regionens eget.`,
  LEGACY_PROGRAMME: (p) =>
    `"${p.text}" hör till programperioden 2014–2020. Målkolumnen frågar efter målen i programmen för 2021–2027: ange dem om insatsen bidrar till dem. Finansieras insatsen ur ett program från 2014–2020 som ännu pågår kan hänvisningen stå kvar.`,
  FUND_MISSPELT: (p) => `"${p.text}" i kolumnen ${p.column} ser ut att vara en felstavning av ${p.fund}. Rätta förkortningen.`,
  ACTIVITY_IN_TWO_TABLES: (p) =>
    `Samma insats redovisas också i tabell ${p.otherTable} (${p.otherSheet}!${p.otherCell}). Det går bra om insatsen bidrar till båda områdena, men beskriv då vad den har gjort för just tabell ${p.table}s område, och ta bort raden om den kommit hit av misstag.`,
};
