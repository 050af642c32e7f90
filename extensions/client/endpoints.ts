import type { z } from 'zod';
import { dataProblemsOutputSchema } from '../../src/handlers/contracts/dataProblems';
import { dealKpisOutputSchema } from '../../src/handlers/contracts/dealKpis';
import { enterForecastOutputSchema, frozenForecastsOutputSchema } from '../../src/handlers/contracts/forecasts';
import { funnelHealthOutputSchema } from '../../src/handlers/contracts/funnelHealth';
import { kpiDetailsOutputSchema } from '../../src/handlers/contracts/kpiDetails';
import { importManualScoresOutputSchema, manualScoreSheetOutputSchema, recordManualScoreOutputSchema } from '../../src/handlers/contracts/manualScores';
import { ownerScorecardOutputSchema } from '../../src/handlers/contracts/ownerScorecard';
import { scanAlertsOutputSchema } from '../../src/handlers/contracts/scanAlerts';
import { teamScorecardsOutputSchema } from '../../src/handlers/contracts/teamScorecards';
import { viewerContextOutputSchema } from '../../src/handlers/contracts/viewerContext';
import { segmentsOutputSchema } from '../../src/handlers/contracts/segments';
import { digestPreviewOutputSchema } from '../../src/handlers/contracts/digests';
import { settingsContextSchema, settingsHistorySchema, settingsVersionSchema } from '../../src/handlers/contracts/settings';
import { SURFACE_TIMEOUT_MS as T } from '../../src/handlers/contracts/surfaceTimeouts';
import type { KpiClientMethod } from './kpiClient';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** One handler as both transports reach it: the app-function name and the backend route. */
export interface Endpoint<T> {
  functionName: string;
  method: HttpMethod;
  path: string;
  output: z.ZodType<T>;
  /** hubspot.fetch's timeout for this call (src/handlers/contracts/surfaceTimeouts.ts). */
  timeoutMs: number;
}

/**
 * The single table both clients are built from, so an app function and its backend route can
 * never drift apart. Function names are the HubSpot app-function uids (serverless/).
 */
export const ENDPOINTS = {
  dealKpis: { functionName: 'deal-kpis', method: 'POST', path: '/api/v1/deal-kpis', output: dealKpisOutputSchema, timeoutMs: T.dealKpis },
  ownerScorecard: { functionName: 'owner-scorecard', method: 'POST', path: '/api/v1/owner-scorecard', output: ownerScorecardOutputSchema, timeoutMs: T.ownerScorecard },
  funnelHealth: { functionName: 'funnel-health', method: 'POST', path: '/api/v1/funnel-health', output: funnelHealthOutputSchema, timeoutMs: T.funnelHealth },
  getSettings: { functionName: 'get-settings', method: 'GET', path: '/api/v1/settings', output: settingsVersionSchema, timeoutMs: T.getSettings },
  settingsContext: { functionName: 'settings-context', method: 'GET', path: '/api/v1/settings/context', output: settingsContextSchema, timeoutMs: T.settingsContext },
  saveSettings: { functionName: 'save-settings', method: 'PUT', path: '/api/v1/settings', output: settingsVersionSchema, timeoutMs: T.saveSettings },
  settingsHistory: { functionName: 'settings-history', method: 'GET', path: '/api/v1/settings/history', output: settingsHistorySchema, timeoutMs: T.settingsHistory },
  restoreSettings: { functionName: 'restore-settings', method: 'POST', path: '/api/v1/settings/restore', output: settingsVersionSchema, timeoutMs: T.restoreSettings },
  scanAlerts: { functionName: 'scan-alerts', method: 'POST', path: '/api/v1/alerts/scan', output: scanAlertsOutputSchema, timeoutMs: T.scanAlerts },
  teamScorecards: { functionName: 'team-scorecards', method: 'POST', path: '/api/v1/team-scorecards', output: teamScorecardsOutputSchema, timeoutMs: T.teamScorecards },
  kpiDetails: { functionName: 'kpi-details', method: 'POST', path: '/api/v1/kpi-details', output: kpiDetailsOutputSchema, timeoutMs: T.kpiDetails },
  recordManualScore: { functionName: 'manual-scores', method: 'POST', path: '/api/v1/manual-scores', output: recordManualScoreOutputSchema, timeoutMs: T.recordManualScore },
  manualScoreSheet: { functionName: 'manual-score-sheet', method: 'POST', path: '/api/v1/manual-scores/sheet', output: manualScoreSheetOutputSchema, timeoutMs: T.manualScoreSheet },
  importManualScores: { functionName: 'import-manual-scores', method: 'POST', path: '/api/v1/manual-scores/import', output: importManualScoresOutputSchema, timeoutMs: T.importManualScores },
  viewerContext: { functionName: 'viewer-context', method: 'GET', path: '/api/v1/viewer-context', output: viewerContextOutputSchema, timeoutMs: T.viewerContext },
  segments: { functionName: 'segments', method: 'POST', path: '/api/v1/segments', output: segmentsOutputSchema, timeoutMs: T.segments },
  digestPreview: { functionName: 'digest-preview', method: 'POST', path: '/api/v1/digests/preview', output: digestPreviewOutputSchema, timeoutMs: T.digestPreview },
  enterForecast: { functionName: 'enter-forecast', method: 'POST', path: '/api/v1/forecasts', output: enterForecastOutputSchema, timeoutMs: T.enterForecast },
  dataProblems: { functionName: 'data-problems', method: 'GET', path: '/api/v1/data-problems', output: dataProblemsOutputSchema, timeoutMs: T.dataProblems },
  frozenForecasts: { functionName: 'frozen-forecasts', method: 'GET', path: '/api/v1/forecasts', output: frozenForecastsOutputSchema, timeoutMs: T.frozenForecasts },
} as const satisfies Record<KpiClientMethod, Endpoint<unknown>>;
