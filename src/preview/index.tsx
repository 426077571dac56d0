import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { openWorkbook } from "../excel";
import { App, viewFromLocation } from "../taskpane/App";
import { languageFor } from "../taskpane/i18n";
import { MemoryWorkbook } from "../testing";
import { WorkbookViewer } from "./WorkbookViewer";

/*
 * The task pane outside Excel: the same App, given the in-memory workbook instead of
 * Office. The workbook is on window for the end-to-end test and for curious people.
 */
const workbook = new MemoryWorkbook(["Blad1"]);
(window as unknown as { regionrapportPreview: unknown }).regionrapportPreview = { workbook };

createRoot(document.getElementById("root")!).render(
  <div style={{ display: "flex", height: "100vh" }}>
    <div style={{ width: 350, flex: "0 0 350px", borderRight: "1px solid #ddd", overflowY: "auto" }} data-testid="pane">
      <App
        workbook={openWorkbook(workbook.run)}
        language={languageFor(new URLSearchParams(window.location.search).get("lang") ?? "sv")}
        initialView={viewFromLocation(window.location.search)}
      />
    </div>
    <div style={{ flex: 1, minWidth: 0 }}>
      <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
        <WorkbookViewer workbook={workbook} />
      </FluentProvider>
    </div>
  </div>
);
