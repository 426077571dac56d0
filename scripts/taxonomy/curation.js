/**
 * Hand curation applied on top of the research draft by build-taxonomy.js.
 * Everything here is a decision a reviewer should be able to see and question, so it lives
 * in data rather than inside the build logic.
 */

/** Strategy names as a human would write them (the draft's names carry research notes in parentheses). */
exports.strategyNames = {
  Blekinge: { name: "Regional utvecklingsstrategi för Blekinge", variants: [] },
  Dalarna: { name: "Dalastrategin – Dalarna 2030", variants: ["Dalastrategin", "Dalarna 2030"] },
  Gotland: { name: "Vårt Gotland 2040", variants: ["RUS Gotland 2040", "RUS 2040"] },
  Gävleborg: { name: "Regional utvecklingsstrategi för Gävleborg", variants: [] },
  Halland: { name: "Hallands strategi för hållbar tillväxt", variants: ["Region Hallands strategi för hållbar tillväxt"] },
  "Jämtland Härjedalen": { name: "Regional utvecklingsstrategi för Jämtlands län", variants: ["Målbilden för Jämtlands län 2050"] },
  Jönköping: { name: "Regional utvecklingsstrategi för Jönköpings län 2035", variants: [] },
  Kalmar: { name: "Regional utvecklingsstrategi för Kalmar län – Klimat att växa i", variants: ["Klimat att växa i"] },
  Kronoberg: { name: "Regional utvecklingsstrategi för Kronobergs län", variants: [] },
  Norrbotten: { name: "Regional utvecklingsstrategi för Norrbottens län", variants: [] },
  Skåne: { name: "Det öppna Skåne 2030", variants: [] },
  Stockholm: { name: "RUFS 2050 – Regional utvecklingsplan för Stockholmsregionen", variants: ["RUFS 2050", "RUFS"] },
  Sörmland: { name: "Sörmlandsstrategin 2030", variants: [] },
  Uppsala: { name: "Regional utvecklingsstrategi för Uppsala län", variants: [] },
  Värmland: { name: "Värmlandsstrategin 2040", variants: [] },
  Västerbotten: { name: "Regional utvecklingsstrategi för Västerbottens län", variants: [] },
  Västernorrland: { name: "Regional utvecklingsstrategi för Västernorrland", variants: [] },
  Västmanland: { name: "Regional utvecklingsstrategi för Västmanlands län", variants: [] },
  "Västra Götaland": { name: "Regional utvecklingsstrategi för Västra Götaland 2021–2030", variants: ["VG2021-2030", "VG2021–2030", "VG 2030"] },
  Örebro: { name: "Regional utvecklingsstrategi för Örebro län", variants: [] },
  Östergötland: { name: "Utvecklingsstrategi för Östergötland", variants: [] },
};

/**
 * Research RUS rows that are not goals of the region: citations of "all goals" (the recogniser
 * maps those to the strategy entry) and citations of something else under a RUS label (the
 * recogniser flags those). Keyed by research id, value = why.
 */
exports.rusExcluded = {
  "RUS-G-07": "'Samtliga mål' – a citation of every goal, recognised as the strategy itself",
  "RUS-S-15": "'Alla mål' – a citation of every goal, recognised as the strategy itself",
  "RUS-Y-04": "'Samtliga/alla tre mål' – a citation of every goal, recognised as the strategy itself",
  "RUS-E-09": "'Alla mål och prioriterade områden' – a citation of every goal, recognised as the strategy itself",
  "RUS-Y-09": "Västmanland's RUS cited in a Västernorrland row – flagged as another region's goal, not a goal of Västernorrland",
  "RUS-BD-07": "national strategic area 3 labelled 'RUS:' – recognised as ns:3, not a Norrbotten goal",
};

/**
 * Per research id: a code the region itself numbers the goal by, a readable name where the draft
 * only has a placeholder, extra variants seen in the sample rows, and splits of combined rows.
 */
exports.rusOverrides = {
  "RUS-AB-01": { code: "1" },
  "RUS-AB-02": { code: "2" },
  "RUS-AB-03": { code: "3", variants: ["Stockholmsregionen ska vara en ledande tillväxt- och kunskapsregion"] },
  "RUS-AB-04": { code: "4" },
  "RUS-AB-05": { name: "Minst 70 % av alla resor inom länet ska ske med gång, cykel och kollektivtrafik, och cykelandelen ska vara 20 %", code: "4.3", note: "Delmål 3 under mål 4" },
  "RUS-AB-06": { name: "Samtliga invånare, företagare och offentlig sektor ska ha tillgång till fast och mobil bredbandsuppkoppling med höga överföringshastigheter", code: "3.4", note: "Delmål 4 under mål 3" },
  "RUS-C-02": { name: "En region för alla", code: "3.1" },
  "RUS-C-03": { code: "3.1.3" },
  "RUS-C-08": { name: "Säkra samverkan och strukturer för utveckling av den samhällstekniska infrastrukturen", note: "prioriterat mål 21–24" },
  "RUS-C-06": { variants: ["fler företag att bli internationellt verksamma"] },
  "RUS-Y-01": { name: "Målområde 1", code: "1", note: "cited by number only; wording not in the sample – take it from the RUS" },
  "RUS-Y-02": { name: "2030 är Västernorrland platsen som människor väljer för att leva och besöka", code: "2" },
  "RUS-Y-03": { name: "Målområde 3", code: "3", note: "cited by number only; wording not in the sample – take it from the RUS" },
  "RUS-U-02": { name: "Ett nyskapande Västmanland", variants: ["Ett nyskapande Västmanland genom hållbar tillväxt", "nyskapande Västmanland"] },
  "RUS-U-01": { variants: ["välmående Västmanland"] },
  "RUS-U-03": { variants: ["tillgängligt Västmanland"] },
  "RUS-U-05": { name: "Delmål 2", code: "2", note: "under Ett välmående Västmanland; cited by number only" },
  "RUS-U-06": { name: "Delmål 7", code: "7", note: "under Ett tillgängligt Västmanland; cited by number only (draft row 'Mål 7 & 8' split)", split: { suffix: "b", name: "Delmål 8", code: "8" } },
  "RUS-U-07": { name: "Delmål 9", code: "9", note: "under Ett tillgängligt Västmanland; cited by number only" },
  "RUS-U-08": { code: "10" },
  "RUS-U-09": { code: "13" },
  "RUS-U-10": { code: "14" },
  "RUS-U-11": { code: "15" },
  "RUS-U-12": { code: "16" },
  "RUS-U-13": { name: "Öka andelen företag och organisationer som upplever att de har lätt att hitta rätt kompetens", code: "18", variants: ["Öka andelen företag och organisationer som upplever att de har lätt att hitta rätt kompetens vid rekrytering"] },
  "RUS-U-14": { code: "19" },
  "RUS-U-15": { code: "20" },
  "RUS-W-04": { name: "Dalarna har en utvecklad infrastruktur", variants: ["Dalarna har en utvecklad infrastruktur som medger större arbetsmarknadsregioner och möter näringslivets behov"] },
  "RUS-O-02": { variants: ["Stärka innovationskraften"] },
  "RUS-O-05": { variants: ["Knyta samman Västra Götaland", "Knyta samma Västra Götaland"] },
  "RUS-O-08": { name: "Utveckla samverkan inom regional fysisk planering", code: "4" },
  "RUS-O-09": { name: "Förbättra förutsättningarna för attraktiv platsutveckling", code: "5" },
  "RUS-O-01": { variants: ["föredöme för omställning till ett hållbart och konkurrenskraftigt samhälle"] },
  "RUS-I-16": { variants: ["Minst 300 bostäder per år har i genomsnittbyggts"] },
  "RUS-I-05": { variants: ["inkluderande arbetsmarknad dör kompetensen möter behoven"] },
  "RUS-Z-01": { variants: ["målbilden för Jämtlands län 2050"] },
  "RUS-BD-01": { variants: ["Attraktiva miljöer och tillgänglighet", "Attraktiv livsmiljö"] },
  "RUS-K-17": { variants: ["Stärka individers möjlighet t omställning"] },
  "RUS-T-08": { variants: ["Goda försörjningsvillkor"] },
  "RUS-T-05": { variants: ["Goda uppväxt villkor"] },
};

/** Interreg entry names without the "Interreg" prefix (the canonical reference adds it) and citation forms.
 * bareName: false where the name alone is an ordinary word ("Europe") and must not be matched without "Interreg". */
/** Interreg entry names without the "Interreg" prefix (the canonical reference adds it) and citation forms. */
exports.interreg = {
  oks: { name: "Öresund-Kattegat-Skagerrak", variants: ["ÖKS", "Öresund–Kattegat–Skagerrak", "Interreg ÖKS"] },
  "sverige-norge": { name: "Sverige–Norge", variants: ["Sverige-Norge", "Interreg Sverige-Norge", "Sverige–Norge-programmet"] },
  aurora: { name: "Aurora", variants: ["Interreg Aurora"] },
  "central-baltic": { name: "Central Baltic", variants: ["Interreg Central Baltic", "Centrala Östersjöprogrammet"] },
  "south-baltic": { name: "South Baltic", variants: ["Södra Östersjöprogrammet", "Södra Östersjön", "Interreg South Baltic"] },
  "baltic-sea-region": { name: "Östersjöprogrammet", variants: ["Baltic Sea Region", "Interreg Baltic Sea Region", "Interreg Östersjöregionen"] },
  "north-sea": { name: "Nordsjöprogrammet", variants: ["North Sea", "North Sea Region", "Interreg North Sea"] },
  npa: { name: "Northern Periphery and Arctic", variants: ["NPA", "Norra periferin och Arktis", "Interreg NPA"] },
  "interreg-europe": { name: "Europe", variants: ["Interreg Europe"], bareName: false },
  espon: { name: "ESPON 2030", variants: ["ESPON"] },
  urbact: { name: "URBACT IV", variants: ["URBACT"] },
  interact: { name: "Interact IV", variants: ["Interact IV", "Interreg Interact"], bareName: false },
};

/** 2014–2020 programmes that replaced nothing in 2021–2027 but are still cited (Interreg Nord, Botnia-Atlantica). */
exports.legacyInterreg = [
  { id: "legacy:interreg-nord", name: "Interreg Nord 2014–2020", variants: ["Interreg Nord"], note: "replaced by Interreg Aurora 2021–2027" },
  { id: "legacy:botnia-atlantica", name: "Interreg Botnia-Atlantica 2014–2020", variants: ["Botnia-Atlantica"], note: "replaced by Interreg Aurora 2021–2027" },
];

/** Citation forms of the 2014–2020 items (the draft's names are descriptions, not citable text). */
exports.legacyVariants = {
  "L-ITS": { name: "Investeringar för tillväxt och sysselsättning", variants: [] },
  "L-REACT": { name: "REACT-EU (Nationella regionalfondsprogrammet 2014–2020, insatsområde 5)", variants: ["REACT-EU", "React- EU", "REACT EU", "REACT-E", "Tematiskt mål 13"] },
  "L-NMS-SMF": { name: "Öka små och medelstora företags konkurrenskraft", variants: ["Att öka små och medelstora företags konkurrenskraft"] },
  "L-IKT": { name: "Öka tillgången till, användningen av och kvaliteten på IKT", variants: [] },
  "L-CO2": { name: "Koldioxidsnål ekonomi", variants: [] },
};

/** Forms of the ERDF specific objectives seen in the sample rows (the draft lists them with notes attached). */
exports.soVariants = {
  "1.1": ["Förbättra forsknings- och innovationskapaciteten och användningen av avancerad teknik", "utveckla och förbättra forsknings- och innovationskapaciteten"],
  "1.2": ["Säkra nyttan av digitalisering för invånare, företag och myndigheter", "Dra nytta av digitaliseringens fördelar för invånare, företag, forskningsorganisationer och offentliga myndigheter"],
  "1.3": ["Stärk små och medelstora företags tillväxt och konkurrenskraft", "stärka små och medelstora företagstillväxt och konkurrenskraft", "Stärka små- och medelstora företags konkurrenskraft", "förbättra SME hållbara tillväxt och konkurrenskraft", "Förbättra de små och medelstora företagens tillväxt och konkurrenskraft", "Förbättra de små och medelstora företagens hållbara tillväxt och konkurrenskraft", "Att öka konkurrenskraften för SME", "Kompetensförsörjning och konkurrenskraft för SME"],
  "1.4": ["Utveckla färdigheter för smart specialisering, strukturomvandling och entreprenörskap"],
  "2.1": ["Främja energieffektivitet och minska utsläppen av växthusgaser"],
  "2.3": ["Smarta energisystem"],
  "2.6": ["Främja övergången till en cirkulär och resurseffektiv ekonomi"],
};
