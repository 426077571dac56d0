/**
 * Hand curation applied on top of the research draft by build-taxonomy.js (non-RUS lists; each region's RUS
 * lives in data/taxonomy-sources/rus/<region>.json with its sources).
 * Everything here is a decision a reviewer should be able to see and question, so it lives
 * in data rather than inside the build logic.
 */

/** Interreg entry names without the "Interreg" prefix (the canonical reference adds it) and citation forms.
 * bareName: false where the name alone is an ordinary word ("Europe") and must not be matched without "Interreg". */
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
