/** Time helpers of the demo generator: plain epoch-ms arithmetic, no clock. */
export const DAY_MS = 86_400_000;
export const YEAR_MS = 365 * DAY_MS;

/** The demo covers the two years before `asOf` (issue: "two years of deals before asOf"). */
export const HISTORY_MS = 2 * YEAR_MS;

/** HubSpot's date format: "2026-03-31T20:00:00.000Z". */
export const iso = (ms: number): string => new Date(ms).toISOString();
