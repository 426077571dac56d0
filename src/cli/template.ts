import { normalizeRegion, REGIONS } from "../core/regions";
import { reportsFromSample } from "../core/sample";
import { buildTemplate, parseReportYear } from "../core/template";
import { writeSpecToFile } from "../xlsx";
import { type Options, parse, requiredString, UsageError } from "./args";
import { assertWritable } from "./output";
import { loadSampleData } from "./sampleFile";

export const TEMPLATE_USAGE = `regionrapport template --region REGION --year ÅR --out FIL.xlsx [--contact NAMN] [--with-sample]
  Skapar en rapportmall för en region: informationsblad och tabell 1–8.
  --with-sample  fyller mallen med regionens rader ur 2023 års sammanställning`;

export function parseRegion(values: Options) {
  const input = requiredString(values, "region");
  const region = normalizeRegion(input);
  if (!region) throw new UsageError(`Okänd region "${input}". Giltiga regioner: ${REGIONS.join(", ")}.`);
  return region;
}

export function parseYear(values: Options): number {
  const input = requiredString(values, "year").trim();
  const year = parseReportYear(input);
  if (year === null) throw new UsageError(`"${input}" är inget årtal (ange till exempel --year 2023).`);
  return year;
}

export async function templateCommand(args: string[], log: (line: string) => void): Promise<number> {
  const { values } = parse(args, {
    region: { type: "string" },
    year: { type: "string" },
    out: { type: "string" },
    contact: { type: "string" },
    "with-sample": { type: "boolean" },
  });
  const region = parseRegion(values);
  const year = parseYear(values);
  const out = requiredString(values, "out");
  await assertWritable(out);
  const sample = values["with-sample"] ? reportsFromSample(loadSampleData()).find((r) => r.region === region) : undefined;
  const spec = buildTemplate({
    region,
    year,
    contact: typeof values.contact === "string" ? values.contact : undefined,
    rows: sample?.tables,
    table8: sample?.table8,
  });
  await writeSpecToFile(spec, out);
  log(`Mall för ${region} ${year} skriven till ${out} (${spec.sheets.length} blad).`);
  return 0;
}
