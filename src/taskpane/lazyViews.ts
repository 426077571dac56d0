/**
 * Views loaded on first use, each in a chunk of its own, so the pane's first bundle stays small. Kept in
 * one module so a test can load them with require (jest runs CommonJS, where import() needs Node flags).
 */
export const loadGoalsView = () => import(/* webpackChunkName: "goals" */ "./GoalsView.js");
