import { dealKpis } from '../handlers/dealKpis';
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
import type { BackendHandler } from './routeHandler';

export interface BackendRoute {
  method: 'get' | 'post' | 'put';
  path: string;
  handler: BackendHandler;
}

/**
 * The handlers as `hubspot.fetch` reaches them (issue 4). The paths and methods are the ones
 * in the cards' endpoint table (extensions/client/endpoints.ts); a test keeps the two equal.
 * GET routes take no input: the viewer and portal come from the signed URL, never the body.
 */
export const BACKEND_ROUTES: readonly BackendRoute[] = [
  { method: 'post', path: '/api/v1/deal-kpis', handler: dealKpis },
  { method: 'post', path: '/api/v1/owner-scorecard', handler: ownerScorecard },
  { method: 'post', path: '/api/v1/funnel-health', handler: funnelHealth },
  { method: 'get', path: '/api/v1/settings', handler: getSettings },
  { method: 'put', path: '/api/v1/settings', handler: saveSettings },
  { method: 'get', path: '/api/v1/settings/context', handler: settingsContext },
  { method: 'get', path: '/api/v1/settings/history', handler: settingsHistory },
  { method: 'post', path: '/api/v1/settings/restore', handler: restoreSettings },
  { method: 'post', path: '/api/v1/alerts/scan', handler: scanAlerts },
  { method: 'post', path: '/api/v1/team-scorecards', handler: teamScorecards },
  { method: 'post', path: '/api/v1/kpi-details', handler: kpiDetails },
  { method: 'post', path: '/api/v1/manual-scores', handler: recordManualScore },
  { method: 'post', path: '/api/v1/manual-scores/sheet', handler: manualScoreSheet },
  { method: 'post', path: '/api/v1/manual-scores/import', handler: importManualScores },
  { method: 'get', path: '/api/v1/viewer-context', handler: viewerContext },
];
