import { swedishDate, swedishDateTime, swedishLocal, todayInSweden } from "../../src/core/dates";

describe("Swedish local time (Europe/Stockholm)", () => {
  it("puts 00:30 Swedish time on 15 January (23:30 UTC on the 14th) on the 15th", () => {
    expect(todayInSweden(new Date("2024-01-14T23:30:00Z"))).toBe("2024-01-15");
    expect(swedishDateTime("2024-01-14T23:30:00Z")).toBe("2024-01-15 00:30");
  });
  it("follows summer time: UTC+2 from the last Sunday of March, UTC+1 from the last Sunday of October", () => {
    // 2024: summer time began 31 March 01:00 UTC and ended 27 October 01:00 UTC.
    expect(swedishDateTime("2024-03-31T00:59:00Z")).toBe("2024-03-31 01:59");
    expect(swedishDateTime("2024-03-31T01:00:00Z")).toBe("2024-03-31 03:00");
    expect(swedishDateTime("2024-10-27T00:59:00Z")).toBe("2024-10-27 02:59");
    expect(swedishDateTime("2024-10-27T01:00:00Z")).toBe("2024-10-27 02:00");
    expect(swedishDate("2024-06-30T22:10:00Z")).toBe("2024-07-01");
  });
  it("leaves a date alone and a zoneless time as written; says null for no instant", () => {
    expect(swedishLocal("2024-02-20")).toBe("2024-02-20");
    expect(swedishLocal("2024-02-20T10:05:33")).toBe("2024-02-20 10:05");
    expect(swedishLocal("2026-12-01T18:02:30.877Z")).toBe("2026-12-01 19:02");
    expect(swedishDate("inte ett datum")).toBeNull();
  });
});
