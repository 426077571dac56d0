import type { Messages } from "./sv";

/** English, the second language. Typed against sv.ts, so a missing key fails the build. */
export const en: Messages = {
  appTitle: "Regionrapport",
  tabTemplate: "Template",
  tabValidate: "Validate",
  templateIntro: "Create the report template in the open workbook: an information sheet and one sheet for each of the eight tables.",
  regionLabel: "Region",
  regionPlaceholder: "Choose a region",
  yearLabel: "Year",
  yearInvalid: "Enter a year between 2000 and 2100.",
  contactLabel: "Contact person",
  contactHint: "Optional. Written on the information sheet.",
  createTemplate: "Create template",
  creating: "Creating the template …",
  templateCreated: (region, year, sheets) => `The template for ${region} ${year} is ready: ${sheets} sheets. Fill in the tables and check them with Validate.`,
  regionRequired: "Choose a region first.",
  replaceTitle: "The sheets already exist",
  replaceBody: (names) => `The workbook already has the sheets ${names}. Replace them? What they contain will be lost.`,
  replaceConfirm: "Replace the sheets",
  cancel: "Cancel",
  cancelled: "Nothing changed: the sheets are as they were.",
  errorTitle: "Something went wrong",
  validateIntro: "Checks the open workbook against the reporting rules.",
  validateUnavailable: "Validation is not ready in this version yet. The Validate button on the ribbon opens this view.",
};
