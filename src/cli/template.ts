import { normalizeRegion } from "../core/regions";
import { reportsFromSample } from "../core/sample";
import { buildTemplate, parseReportYear } from "../core/template";
import { writeSpecToFile } from "../xlsx";
import { type Options, parse, requiredString, UsageError } from "./args";
import { type Lang, suggestRegion, TEXTS } from "./lang";
import { assertExtension, assertWritable } from "./output";
import { loadSampleData } from "./sampleFile";

export const TEMPLATE_USAGE = `regionrapport template --region REGION --year ÅR --out FIL.xlsx [--contact NAMN] [--with-sample] [--lang sv|en]
  Skapar en rapportmall för en region: informationsblad och tabell 1–8.
  --region       regionen, som i de publicerade tabellerna eller som arbetsböcker skriver den
                 ("Region Jönköpings län", "Västra Götalandsregionen", "Södermanland")
  --year         redovisningsåret, till exempel 2023
  --out          filen att skriva (.xlsx)
  --contact      kontaktperson på informationsbladet
  --with-sample  fyller mallen med regionens rader ur 2023 års sammanställning
  --lang         språk för hjälp och meddelanden: sv (standard) eller en
  Slutkod: 0 mallen skrevs, 2 felaktigt anrop eller filen kan inte skrivas.`;

export const TEMPLATE_USAGE_EN = `regionrapport template --region REGION --year YEAR --out FILE.xlsx [--contact NAME] [--with-sample] [--lang sv|en]
  Creates a region's report template: an information sheet and tables 1–8.
  --region       the region, as in the published tables or as workbooks write it
                 ("Region Jönköpings län", "Västra Götalandsregionen", "Södermanland")
  --year         the report year, for example 2023
  --out          the file to write (.xlsx)
  --contact      contact person on the information sheet
  --with-sample  fills the template with the region's rows from the 2023 compilation
  --lang         language of help and messages: sv (default) or en
  Exit code: 0 template written, 2 bad call or the file cannot be written.`;

export function parseRegion(values: Options, lang: Lang = "sv") {
  const input = requiredString(values, "region");
  const region = normalizeRegion(input);
  if (!region) throw new UsageError(TEXTS[lang].unknownRegion(input, suggestRegion(input)));
  return region;
}

export function parseYear(values: Options, lang: Lang = "sv"): number {
  const input = requiredString(values, "year").trim();
  const year = parseReportYear(input);
  if (year === null) throw new UsageError(TEXTS[lang].notAYear(input));
  return year;
}

export async function templateCommand(args: string[], log: (line: string) => void): Promise<number> {
  const { values, lang } = parse(
    args,
    {
      region: { type: "string" },
      year: { type: "string" },
      out: { type: "string" },
      contact: { type: "string" },
      "with-sample": { type: "boolean" },
    },
    false
  );
  const region = parseRegion(values, lang);
  const year = parseYear(values, lang);
  const out = requiredString(values, "out");
  assertExtension(out, [".xlsx"], "--out", lang);
  await assertWritable(out, lang);
  const sample = values["with-sample"] ? reportsFromSample(loadSampleData()).find((r) => r.region === region) : undefined;
  const spec = buildTemplate({
    region,
    year,
    contact: typeof values.contact === "string" ? values.contact : undefined,
    rows: sample?.tables,
    table8: sample?.table8,
  });
  await writeSpecToFile(spec, out);
  log(TEXTS[lang].templateWritten(region, year, out, spec.sheets.length));
  return 0;
}
