/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RejectedRow } from "../../src/core/consolidation/types";
import { MapSheets } from "../../src/taskpane/MapSheets";

function unknownRow(row: number, cells: string[]): RejectedRow {
  return { file: "kalmar.xlsx", sheet: "Blad1", row, table: 0, region: "Kalmar län", code: "table-unknown", params: {}, reason: "", cells };
}

describe("MapSheets", () => {
  it("lists the unplaced sheet and applies table 3 as the mapping", async () => {
    // Fixture: Blad1 of kalmar.xlsx with two rows the recogniser could not place.
    const result = { rejected: [unknownRow(2, ["Insats A", "Kalmar"]), unknownRow(3, ["Insats B", "Kalmar"])] };
    const onMap = jest.fn();
    render(<MapSheets result={result} onMap={onMap} />);
    expect(screen.getByText("Tabell okänd: kalmar.xlsx, Blad1, 2 rader")).toBeTruthy();
    const apply = screen.getByRole("button", { name: "Använd mappningen" });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText("Vilken tabell är bladet Blad1?"), "3");
    await userEvent.click(apply);
    expect(onMap).toHaveBeenCalledWith({ file: "kalmar.xlsx", sheet: "Blad1", table: 3 });
  });

  it("shows nothing when every sheet was placed", () => {
    const { container } = render(<MapSheets result={{ rejected: [] }} onMap={() => undefined} />);
    expect(container.textContent).toBe("");
  });
});
