import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import type { OpenWorkbook } from "../excel";
import { Announcer } from "./Announcer";
import { LanguageContext, type Language, MESSAGES } from "./i18n";
import { loadConsolidateView, loadGoalsView, loadPublishPanel } from "./lazyViews";
import { TemplateView } from "./TemplateView";
import { ValidateView } from "./ValidateView";

export type View = "mall" | "mal" | "validera" | "sammanstall";

/** The goal picker and its fuzzy search load when the Mål tab is first opened. */
const GoalsView = lazy(() => loadGoalsView().then((m) => ({ default: m.GoalsView })));
/** Sammanställ and Publikation (the .xlsx reader, the Word writer, the board) load when Sammanställ is first opened. */
const ConsolidateView = lazy(() => loadConsolidateView().then((m) => ({ default: m.ConsolidateView })));
const PublishPanel = lazy(() => loadPublishPanel().then((m) => ({ default: m.PublishPanel })));

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, maxWidth: "100%", boxSizing: "border-box", fontFamily: tokens.fontFamilyBase },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  body: { paddingTop: tokens.spacingVerticalM },
});

export interface AppProps {
  workbook: OpenWorkbook;
  language?: Language;
  initialView?: View;
}

export function App({ workbook, language = "sv", initialView = "mall" }: AppProps) {
  const styles = useStyles();
  // The page's language follows the pane's (screen readers, hyphenation, spell checking).
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }, [language]);
  const t = MESSAGES[language];
  const [view, setView] = useState<View>(initialView);
  const views: Record<View, ReactNode> = {
    mall: <TemplateView workbook={workbook} />,
    mal: (
      <Suspense fallback={<Spinner size="tiny" />}>
        <GoalsView workbook={workbook} />
      </Suspense>
    ),
    validera: <ValidateView workbook={workbook} onGoToTemplate={() => setView("mall")} />,
    // The publication is made from the master the coordinator has written: offered under Sammanställ.
    sammanstall: (
      <Suspense fallback={<Spinner size="tiny" />}>
        <ConsolidateView workbook={workbook} />
        <PublishPanel workbook={workbook} />
      </Suspense>
    ),
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={language}>
        <Announcer>
        <main className={styles.root}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} size="small">
            <Tab value="mall">{t.tabTemplate}</Tab>
            <Tab value="mal">{t.tabGoals}</Tab>
            <Tab value="validera">{t.tabValidate}</Tab>
            <Tab value="sammanstall">{t.tabConsolidate}</Tab>
          </TabList>
          <section className={styles.body}>{views[view]}</section>
        </main>
        </Announcer>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

/** The view named in the page address (?view=validera), as the ribbon's Validera opens it. */
export function viewFromLocation(search: string): View {
  const view = new URLSearchParams(search).get("view");
  return view === "validera" || view === "mal" || view === "sammanstall" ? view : "mall";
}
