/** The task pane's text in Swedish, the product's language. en.ts must have every key. */
export const sv = {
  appTitle: "Regionrapport",
  tabTemplate: "Mall",
  tabValidate: "Validera",
  templateIntro: "Skapa rapportmallen i den öppna arbetsboken: ett informationsblad och ett blad för var och en av de åtta tabellerna.",
  regionLabel: "Region",
  regionPlaceholder: "Välj region",
  yearLabel: "År",
  yearInvalid: "Ange ett årtal mellan 2000 och 2100.",
  contactLabel: "Kontaktperson",
  contactHint: "Valfritt. Skrivs på informationsbladet.",
  createTemplate: "Skapa mall",
  creating: "Skapar mallen …",
  templateCreated: (region: string, year: number, sheets: number) => `Mallen för ${region} ${year} är skapad: ${sheets} blad. Fyll i tabellerna och kontrollera med Validera.`,
  regionRequired: "Välj en region först.",
  replaceTitle: "Bladen finns redan",
  replaceBody: (names: string) => `Arbetsboken har redan bladen ${names}. Vill du ersätta dem? Det som står i dem försvinner.`,
  replaceConfirm: "Ersätt bladen",
  cancel: "Avbryt",
  cancelled: "Inget ändrades: bladen finns kvar som de var.",
  errorTitle: "Det gick inte",
  validateIntro: "Kontrollerar den öppna arbetsboken mot reglerna för redovisningen.",
  validateUnavailable: "Valideringen är inte klar ännu i den här versionen. Knappen Validera i menyfliksområdet öppnar den här vyn.",
};

export type Messages = typeof sv;
