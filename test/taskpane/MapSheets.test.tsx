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

describe("MapSheets for a sheet whose header row was not recognised", () => {
  // Fixture: Tabell 3 of gotland.xlsx: a title (row 1), an instruction (row 2), the headings cut short (row 3), two data rows.
  const headerless = (row: number, cells: string[]): RejectedRow => ({ file: "gotland.xlsx", sheet: "Tabell 3", row, table: 3, region: "Gotland", code: "header-not-found", params: { table: 3 }, reason: "", cells });
  const result = {
    rejected: [
      headerless(1, ["Tabell 3. Insatser för bättre tillgänglighet"]),
      headerless(2, ["Fyll i en rad per insats"]),
      headerless(3, ["Reg", "Akt", "Prest", "Eff", "Mål"]),
      headerless(4, ["Gotland", "Insats A", "Gjort", "Bra", "RUS 1"]),
      headerless(5, ["Gotland", "Insats B", "Gjort", "Bra", "RUS 2"]),
    ],
  };
  const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
  const activity = "Kolumn för Namn på insats och kort beskrivning";
  const outputs = "Kolumn för Resultat i form av uppnådda prestationer under året";

  it("offers the row whose cells abbreviate the headings as the header, the columns guessed, and maps them by letter", async () => {
    const onMap = jest.fn();
    render(<MapSheets result={result} onMap={onMap} />);
    expect(screen.getByText(/^Rubrikraden känns inte igen: gotland\.xlsx, Tabell 3 \(tabell 3\), 5 rader\./)).toBeTruthy();
    expect(select("Vilken tabell är bladet Tabell 3?").value).toBe("3");
    expect(select("Rubrikrad").value).toBe("3");
    expect([select("Kolumn för Region").value, select(activity).value, select(outputs).value, select("Kolumn för Mål").value]).toEqual(["0", "1", "2", "4"]);
    await userEvent.click(screen.getByRole("button", { name: "Använd mappningen" }));
    expect(onMap).toHaveBeenCalledWith({
      file: "gotland.xlsx",
      sheet: "Tabell 3",
      table: 3,
      headerRow: 3,
      columns: { region: "A", activity: "B", outputs: "C", effects: "D", goals: "E" },
    });
  });

  it("takes a column from the field that had it when it is chosen for another, and applies only with enough columns", async () => {
    const onMap = jest.fn();
    render(<MapSheets result={result} onMap={onMap} />);
    const apply = screen.getByRole("button", { name: "Använd mappningen" });
    // Activity's column B chosen for outputs: activity has none left.
    await userEvent.selectOptions(select(outputs), "1");
    expect([select(activity).value, select(outputs).value]).toEqual(["", "1"]);
    for (const label of ["Kolumn för Mål", "Kolumn för Om möjligt resultat i form av uppnådda effekter under året"]) await userEvent.selectOptions(select(label), "");
    // Region and outputs only: not enough to read rows by. The button stays reachable by keyboard and says why.
    expect(apply.getAttribute("aria-disabled")).toBe("true");
    const hint = screen.getByText(/^Välj minst tre kolumner/);
    expect(apply.getAttribute("aria-describedby")).toBe(hint.id);
    await userEvent.click(apply);
    expect(onMap).not.toHaveBeenCalled();
    await userEvent.selectOptions(select(activity), "2");
    expect(apply.getAttribute("aria-disabled")).toBeNull();
    await userEvent.click(apply);
    expect(onMap).toHaveBeenCalledWith(expect.objectContaining({ headerRow: 3, columns: { region: "A", outputs: "B", activity: "C" } }));
  });

  it("starts afresh when the file is sent again with other rows under the same name", async () => {
    const { rerender } = render(<MapSheets result={result} onMap={() => undefined} />);
    await userEvent.selectOptions(select("Kolumn för Mål"), "");
    // The corrected file: the header is now on row 1.
    const again = { rejected: [headerless(1, ["Reg", "Akt", "Prest", "Eff", "Mål"]), headerless(2, ["Gotland", "Insats A", "Gjort", "Bra", "RUS 1"])] };
    rerender(<MapSheets result={again} onMap={() => undefined} />);
    expect(select("Rubrikrad").value).toBe("1");
    expect(select("Kolumn för Mål").value).toBe("4");
  });

  it("with no row that abbreviates a heading, asks for the header row before any column", async () => {
    const plain = { rejected: [headerless(1, ["Vem", "Vad", "Hur", "Varför"]), headerless(2, ["Gotland", "Insats A", "Gjort", "Bra"])] };
    render(<MapSheets result={plain} onMap={() => undefined} />);
    expect(select("Rubrikrad").value).toBe("");
    expect(screen.queryByLabelText(activity)).toBeNull();
    await userEvent.selectOptions(select("Rubrikrad"), "1");
    expect(select(activity).value).toBe("");
    expect(Array.from(select(activity).options).map((o) => o.text)).toEqual(["Finns inte på bladet", "A: Vem", "B: Vad", "C: Hur", "D: Varför"]);
  });
});
