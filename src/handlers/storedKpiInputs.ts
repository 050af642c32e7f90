import type { FrozenForecast } from '../domain/frozenForecast';
import type { ManualScore } from '../domain/portal';
import type { HandlerDeps } from './handlerDeps';

/** The KPI inputs kept in the app's store rather than in HubSpot (kpi-spec §2 manual scores, §4 frozen forecasts). */
export interface StoredKpiInputs {
  manualScores: ManualScore[] | null;
  frozenForecasts: FrozenForecast[];
}

export async function storedKpiInputs(deps: HandlerDeps, portalId: number): Promise<StoredKpiInputs> {
  const [manualScores, frozenForecasts] = await Promise.all([
    deps.manualScores === null ? Promise.resolve(null) : deps.manualScores.list(portalId),
    deps.forecasts.list(portalId),
  ]);
  return { manualScores, frozenForecasts };
}
