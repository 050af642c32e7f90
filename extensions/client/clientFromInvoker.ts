import type { Endpoint } from './endpoints';
import { ENDPOINTS } from './endpoints';
import type { CallOptions, ClientResult, KpiClient } from './kpiClient';

/** Calls one endpoint with its input (undefined for the input-less GETs) and never throws. */
export type Invoker = <T>(endpoint: Endpoint<T>, input: Record<string, unknown> | undefined, options?: CallOptions) => Promise<ClientResult<T>>;

/** Both transports differ only in how one call travels; the typed surface is built once here. */
export function clientFromInvoker(invoke: Invoker): KpiClient {
  return {
    dealKpis: (input, options) => invoke(ENDPOINTS.dealKpis, input, options),
    ownerScorecard: (input) => invoke(ENDPOINTS.ownerScorecard, input),
    funnelHealth: (input) => invoke(ENDPOINTS.funnelHealth, input),
    getSettings: () => invoke(ENDPOINTS.getSettings, undefined),
    settingsContext: () => invoke(ENDPOINTS.settingsContext, undefined),
    saveSettings: (input) => invoke(ENDPOINTS.saveSettings, input),
    settingsHistory: () => invoke(ENDPOINTS.settingsHistory, undefined),
    restoreSettings: (input) => invoke(ENDPOINTS.restoreSettings, input),
    scanAlerts: (input) => invoke(ENDPOINTS.scanAlerts, input),
    teamScorecards: (input) => invoke(ENDPOINTS.teamScorecards, input),
    kpiDetails: (input) => invoke(ENDPOINTS.kpiDetails, input),
    recordManualScore: (input) => invoke(ENDPOINTS.recordManualScore, input),
    manualScoreSheet: (input) => invoke(ENDPOINTS.manualScoreSheet, input),
    importManualScores: (input) => invoke(ENDPOINTS.importManualScores, input),
    viewerContext: () => invoke(ENDPOINTS.viewerContext, undefined),
    segments: (input) => invoke(ENDPOINTS.segments, input),
    digestPreview: (input) => invoke(ENDPOINTS.digestPreview, input),
    enterForecast: (input) => invoke(ENDPOINTS.enterForecast, input),
    frozenForecasts: () => invoke(ENDPOINTS.frozenForecasts, undefined),
    dataProblems: () => invoke(ENDPOINTS.dataProblems, undefined),
  };
}
