import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { unplacedSheets } from "../core/consolidation";
import type { ConsolidationResult } from "../core/consolidation";
import type { SheetMapping } from "../core/recognise";
import { TABLES } from "../core/tables";
import { useMessages } from "./i18n";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalM },
  rows: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A cell as the preview shows it: long prose cut, so a row stays a line or two at 350 px. */
const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/** "Mappa bladet": for each sheet the recogniser could not place, the coordinator says which table it holds. */
export function MapSheets({ result, onMap }: { result: Pick<ConsolidationResult, "rejected">; onMap: (mapping: SheetMapping) => void }) {
  const t = useMessages();
  const styles = useStyles();
  const sheets = unplacedSheets(result);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (!sheets.length) return null;
  return (
    <section aria-label={t.mapTitle}>
      <h3>{t.mapTitle}</h3>
      {sheets.map((s) => {
        const key = `${s.file}\u0000${s.sheet}`;
        const table = chosen[key] ?? "";
        return (
          <div key={key} className={styles.sheet}>
            <p>{t.mapUnplaced(s.file, s.sheet, s.rowCount)}</p>
            <ul className={styles.rows}>
              {s.firstRows.map((r) => (
                <li key={r.row}>{`${r.row}: ${r.cells.map(clip).join(" | ")}`}</li>
              ))}
            </ul>
            <Field label={t.mapTableLabel(s.sheet)}>
              <Select value={table} onChange={(_, d) => setChosen({ ...chosen, [key]: d.value })}>
                <option value="">{t.mapChooseTable}</option>
                {TABLES.map((def) => (
                  <option key={def.number} value={String(def.number)}>{`${def.number}. ${def.shortTitles[0] ?? def.title}`}</option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" disabled={!table} onClick={() => onMap({ file: s.file, sheet: s.sheet, table: Number(table) })}>
              {t.mapApply}
            </Button>
          </div>
        );
      })}
    </section>
  );
}
