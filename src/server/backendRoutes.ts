import { dataProblems } from '../handlers/dataProblems';
import { dealKpis } from '../handlers/dealKpis';
import { enterForecast } from '../handlers/enterForecast';
import { frozenForecasts } from '../handlers/frozenForecasts';
import { funnelHealth } from '../handlers/funnelHealth';
import { getSettings } from '../handlers/getSettings';
import { importManualScores } from '../handlers/importManualScores';
import { kpiDetails } from '../handlers/kpiDetails';
import { manualScoreSheet } from '../handlers/manualScoreSheet';
import { ownerScorecard } from '../handlers/ownerScorecard';
import { recordManualScore } from '../handlers/recordManualScore';
import { restoreSettings } from '../handlers/restoreSettings';
import { saveSettings } from '../handlers/saveSettings';
import { scanAlerts } from '../handlers/scanAlerts';
import { settingsContext } from '../handlers/settingsContext';
import { settingsHistory } from '../handlers/settingsHistory';
import { teamScorecards } from '../handlers/teamScorecards';
import { viewerContext } from '../handlers/viewerContext';
import { segments } from '../handlers/segments';
import { digestPreview } from '../handlers/digestPreview';
import type { Surface } from '../handlers/contracts/surfaceTimeouts';
import type { BackendHandler } from './routeHandler';

export interface BackendRoute {
  method: 'get' | 'post' | 'put';
  path: string;
  handler: BackendHandler;
  /** Which surface it serves: its HubSpot reads get that surface's budget (surfaceBudgetMs). */
  surface: Surface;
}

/**
 * The handlers as `hubspot.fetch` reaches them. The paths and methods are the ones
 * in the cards' endpoint table (extensions/client/endpoints.ts); a test keeps the two equal.
 * GET routes take no input: the viewer and portal come from the signed URL, never the body.
 * HubSpot's proxy retries a request once on a 5xx, so every route is safe to run twice: the
 * reads change nothing, the alert scan is idempotent through its ledger, and a settings write
 * whose first run landed recognises itself (handlers/landedSettingsWrite.ts).
 */
export const BACKEND_ROUTES: readonly BackendRoute[] = [
  { method: 'post', path: '/api/v1/deal-kpis', handler: dealKpis, surface: 'dealKpis' },
  { method: 'post', path: '/api/v1/owner-scorecard', handler: ownerScorecard, surface: 'ownerScorecard' },
  { method: 'post', path: '/api/v1/funnel-health', handler: funnelHealth, surface: 'funnelHealth' },
  { method: 'get', path: '/api/v1/settings', handler: getSettings, surface: 'getSettings' },
  { method: 'put', path: '/api/v1/settings', handler: saveSettings, surface: 'saveSettings' },
  { method: 'get', path: '/api/v1/settings/context', handler: settingsContext, surface: 'settingsContext' },
  { method: 'get', path: '/api/v1/settings/history', handler: settingsHistory, surface: 'settingsHistory' },
  { method: 'post', path: '/api/v1/settings/restore', handler: restoreSettings, surface: 'restoreSettings' },
  { method: 'post', path: '/api/v1/alerts/scan', handler: scanAlerts, surface: 'scanAlerts' },
  { method: 'post', path: '/api/v1/team-scorecards', handler: teamScorecards, surface: 'teamScorecards' },
  { method: 'post', path: '/api/v1/kpi-details', handler: kpiDetails, surface: 'kpiDetails' },
  { method: 'post', path: '/api/v1/manual-scores', handler: recordManualScore, surface: 'recordManualScore' },
  { method: 'post', path: '/api/v1/manual-scores/sheet', handler: manualScoreSheet, surface: 'manualScoreSheet' },
  { method: 'post', path: '/api/v1/manual-scores/import', handler: importManualScores, surface: 'importManualScores' },
  { method: 'get', path: '/api/v1/viewer-context', handler: viewerContext, surface: 'viewerContext' },
  { method: 'post', path: '/api/v1/segments', handler: segments, surface: 'segments' },
  { method: 'post', path: '/api/v1/digests/preview', handler: digestPreview, surface: 'digestPreview' },
  { method: 'post', path: '/api/v1/forecasts', handler: enterForecast, surface: 'enterForecast' },
  { method: 'get', path: '/api/v1/forecasts', handler: frozenForecasts, surface: 'frozenForecasts' },
  { method: 'get', path: '/api/v1/data-problems', handler: dataProblems, surface: 'dataProblems' },
];
