import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { cellAddress, cellText, columnLetter, parseRange } from "../core/grid";
import type { MemoryWorkbook } from "../testing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  grid: { overflow: "auto", flex: 1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top", maxWidth: "320px", whiteSpace: "pre-wrap" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  dropdown: { outline: `1px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** A read-only picture of the in-memory workbook, so a person can see what the pane did; a click selects a cell, as in Excel. */
export function WorkbookViewer({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const [, redraw] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    const listener = () => redraw((n) => n + 1);
    workbook.listeners.add(listener);
    return () => void workbook.listeners.delete(listener);
  }, [workbook]);
  const sheetName = chosen && workbook.findSheet(chosen) ? chosen : workbook.activeSheet ?? workbook.sheets[0]?.name;
  const sheet = sheetName ? workbook.findSheet(sheetName) : undefined;
  const grid = sheet ? workbook.grid(sheet.name) : [];
  const width = Math.max(5, ...grid.map((r) => r.length));
  const inDropdown = (row: number, column: number) =>
    sheet?.validations.some((v) => {
      const r = parseRange(v.range);
      return r.firstRow <= row && row <= r.lastRow && r.firstColumn <= column && column <= r.lastColumn;
    });
  return (
    <div className={styles.root} data-testid="workbook-viewer">
      <TabList selectedValue={sheet?.name} onTabSelect={(_, d) => setChosen(String(d.value))} size="small">
        {workbook.sheets.map((s) => (
          <Tab key={s.id} value={s.name} data-sheet={s.name}>
            {s.name}
            {s.visibility !== "Visible" ? " (dolt)" : ""}
          </Tab>
        ))}
      </TabList>
      <div className={styles.grid}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnLetter(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.max(grid.length, 20) }, (_, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const address = cellAddress(r + 1, c + 1);
                  const selected = workbook.selection?.sheet === sheet?.name && workbook.selection?.address.split(":")[0] === address;
                  const classes = [styles.cell, inDropdown(r + 1, c + 1) ? styles.dropdown : "", selected ? styles.selected : ""].join(" ");
                  return (
                    <td key={c} className={classes} data-cell={address} data-selected={selected ? "true" : undefined} onClick={() => sheet && workbook.userSelect(sheet.name, address)}>
                      {cellText(grid[r]?.[c] ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
