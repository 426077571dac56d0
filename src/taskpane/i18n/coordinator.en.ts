import type { coordinatorSv } from "./coordinator.sv";

export const coordinatorEn: typeof coordinatorSv = {
  boardTitle: "Regions × tables: rows in the master. Choose a cell for details.",
  legendMissing: "– missing",
  legendErrors: "red = errors",
  legendWarnings: "yellow = warnings",
  legendOk: "white = no findings",
  statusHeading: "Status",
  regionStatus: { mottagen: "received", dubblett: "duplicate", olaslig: "unreadable", saknas: "missing", tidigare: "earlier" },
  cellName: (region, table, rows, errors, warnings) =>
    `${region}, table ${table}: ${rows === 1 ? "1 row" : `${rows} rows`}, ${errors === 1 ? "1 error" : `${errors} errors`}${warnings ? `, ${warnings === 1 ? "1 warning" : `${warnings} warnings`}` : ""}`,
  cellMissing: (region, table) => `${region}, table ${table}: missing`,
  drillTitle: (region, table) => `${region}, table ${table}`,
  drillFile: (file) => `From ${file}`,
  drillFromPrevious: "The rows are kept from the earlier master.",
  drillRows: (shown, total) => (shown < total ? `Rows (${shown} of ${total})` : `Rows (${total})`),
  drillNoRows: "No rows in the master.",
  drillFindings: (n) => `Findings (${n})`,
  drillNoFindings: "No errors or warnings.",
  drillFindingsLoading: "Getting the findings …",
  drillRejected: (n) => `Rejected rows (${n})`,
  drillClose: "Close",
  showInMaster: (address) => `Show in the master: ${address}`,
  writingSheet: (done, total) => `Writing sheet ${done} of ${total} …`,
  checking: "Checking and consolidating …",
  runCancelled: "Cancelled. Nothing was read; choose the workbooks again.",
  copyReminder: "Copy reminder",
  reminderCopied: (n) => `The reminder to ${n === 1 ? "1 region" : `${n} regions`} is copied.`,
  reminderFallback: (regions, year) =>
    `Hello,\n\nWe have not yet received your report on regional development work${year ? ` for ${year}` : ""}. Please send the completed report template (.xlsx) to the coordinator as soon as possible.\n\nRegions missing: ${regions}.\n`,
  noRowsRead: "No rows were read: there is nothing to write.",
  readAgain: "Choose workbooks again",
};
