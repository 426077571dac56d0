import { createRoot } from "react-dom/client";
import { officeExcelRun, openWorkbook } from "../excel";
import { App, viewFromLocation } from "./App";
import { languageFor } from "./i18n";

/* Office.onReady is awaited here and nowhere else; the pane then talks to Excel only through openWorkbook. */
Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <App
      workbook={openWorkbook(officeExcelRun)}
      language={languageFor(Office.context.displayLanguage)}
      initialView={viewFromLocation(window.location.search)}
    />
  );
});
