/**
 * Views and modules loaded on first use, each in a chunk of its own, so the pane's first bundle stays small.
 * Kept in one module so a test can load them with require or mock them (jest runs CommonJS, where import()
 * needs Node flags).
 */
export const loadGoalsView = () => import(/* webpackChunkName: "goals" */ "./GoalsView.js");
/** Sammanställ and Publikation: the coordinator's views, with everything only they need. */
export const loadConsolidateView = () => import(/* webpackChunkName: "consolidate" */ "./ConsolidateView.js");
export const loadPublishPanel = () => import(/* webpackChunkName: "publish" */ "./PublishPanel.js");
/** The .xlsx reader (browser-safe src/xlsx). */
export const loadXlsxReader = () => import(/* webpackChunkName: "xlsx" */ "../xlsx/browser.js");
/** The .xlsx writer (exceljs, in the browser): only for downloads, so in a chunk apart from the reader's. */
export const loadXlsxWriter = () => import(/* webpackChunkName: "xlsx-write" */ "../xlsx/browserWrite.js");
/** The Worker factory (import.meta lives there, in an ES module). */
export const loadWorkerFactory = () => import(/* webpackChunkName: "worker-factory" */ "./consolidateWorkerFactory.mjs");
