import { Button, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { codeTitle, type Finding, type Language } from "../../core/validation";
import { REGIONS } from "../../core/regions";
import { useMessages } from "../i18n";
import { filterOptions, type Filters, type Grouping, type SeverityFilter } from "./state";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold, padding: 0, fontSize: tokens.fontSizeBase300 },
  wide: { gridColumn: "1 / -1" },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%", maxWidth: "100%" },
  row: { gridColumn: "1 / -1", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface FindingFiltersProps {
  findings: readonly Finding[];
  filters: Filters;
  grouping: Grouping;
  language: Language;
  onFilter(filters: Partial<Filters>): void;
  onGroup(grouping: Grouping): void;
  onClear(): void;
}

/** Severity, region, table and kind of finding; grouping by sheet or region. Native selects: keyboard and screen readers know them. */
export function FindingFilters({ findings, filters, grouping, language, onFilter, onGroup, onClear }: FindingFiltersProps) {
  const t = useMessages();
  const styles = useStyles();
  const options = filterOptions(findings, REGIONS);
  const filtered = filters.severity !== "all" || filters.region || filters.table || filters.code;
  return (
    <fieldset className={styles.root} data-testid="finding-filters">
      <legend className={styles.legend}>{t.filtersLabel}</legend>
      <Field label={t.filterSeverity} className={styles.field}>
        <Select className={styles.select} value={filters.severity} onChange={(_, data) => onFilter({ severity: data.value as SeverityFilter })} data-testid="filter-severity">
          <option value="all">{t.filterAll}</option>
          <option value="open">{t.severityOpen}</option>
          <option value="fel">{t.severityError}</option>
          <option value="varning">{t.severityWarning}</option>
          <option value="accepted">{t.severityAccepted}</option>
        </Select>
      </Field>
      <Field label={t.filterRegion} className={styles.field}>
        <Select className={styles.select} value={filters.region} onChange={(_, data) => onFilter({ region: data.value })} data-testid="filter-region">
          <option value="">{t.filterAll}</option>
          {options.regions.map(([region, n]) => (
            <option key={region} value={region}>
              {`${region} (${n})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterTable} className={styles.field}>
        <Select className={styles.select} value={String(filters.table)} onChange={(_, data) => onFilter({ table: Number(data.value) })} data-testid="filter-table">
          <option value="0">{t.filterAll}</option>
          {options.tables.map(([table, n]) => (
            <option key={table} value={String(table)}>
              {`${table} (${n})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterCode} className={styles.field}>
        <Select className={styles.select} value={filters.code} onChange={(_, data) => onFilter({ code: data.value })} data-testid="filter-code">
          <option value="">{t.filterAll}</option>
          {options.codes.map(([code, n]) => (
            <option key={code} value={code}>
              {`${codeTitle(code, language)} (${n})`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t.groupBy}>
          <RadioGroup layout="horizontal" value={grouping} onChange={(_, data) => onGroup(data.value as Grouping)}>
            <Radio value="sheet" label={t.groupBySheet} />
            <Radio value="region" label={t.groupByRegion} />
          </RadioGroup>
        </Field>
        {filtered && (
          <Button size="small" onClick={onClear}>
            {t.clearFilters}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
