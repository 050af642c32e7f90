/**
 * How long a card waits for each surface, in ms (design.md "HubSpot facts": hubspot.fetch
 * waits 15 s unless asked for more, up to 120 s). Short where the answer is a read of a few
 * records, longer only where the work is legitimately large: a director's scorecard reads the
 * department over five quarters, and the alert scan evaluates and writes every team's funnel.
 * The backend gives each route's HubSpot reads a budget a little under the card's wait
 * (src/server/backendRoutes.ts), so the card shows the backend's own answer, not a timeout.
 */
export const SURFACE_TIMEOUT_MS = {
  dealKpis: 15_000,
  ownerScorecard: 60_000,
  funnelHealth: 30_000,
  getSettings: 10_000,
  settingsContext: 15_000,
  saveSettings: 15_000,
  settingsHistory: 10_000,
  restoreSettings: 15_000,
  scanAlerts: 120_000,
  teamScorecards: 60_000,
  kpiDetails: 30_000,
  recordManualScore: 15_000,
  manualScoreSheet: 15_000,
  importManualScores: 60_000,
  viewerContext: 10_000,
  segments: 30_000,
  digestPreview: 30_000,
  enterForecast: 15_000,
  frozenForecasts: 10_000,
  dataProblems: 60_000,
} as const;

export type Surface = keyof typeof SURFACE_TIMEOUT_MS;

/** What a surface's HubSpot reads may take: its card's wait, less room for the answer to travel. */
export const surfaceBudgetMs = (surface: Surface): number => SURFACE_TIMEOUT_MS[surface] - 3_000;
