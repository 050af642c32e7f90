import { err } from '../src/domain/result';
import type { ForecastStore } from '../src/store/forecastStore';
import type { ManualScoreStore } from '../src/store/manualScoreStore';
import { invalidInput } from '../src/store/storeErrors';

/**
 * The stores an install without a backend does not have (settings and the alert
 * ledger live in the portal as custom-object records; these do not). Reads answer "nothing
 * recorded", which the engine turns into not_configured (manual scores, frozen forecasts:
 * kpi-spec §2 and §4, unknown is never zero). Writes are refused as values, so nothing
 * pretends to have been kept between invocations.
 */
export interface NoBackendStores {
  manualScores: ManualScoreStore;
  forecasts: ForecastStore;
}

const NEEDS_BACKEND = 'this install has no KPI backend: manual scores and frozen forecasts are kept only by the backend (npx kpi serve)';

export function noBackendStores(): NoBackendStores {
  return {
    manualScores: {
      set: async () => err(invalidInput(NEEDS_BACKEND)),
      list: async () => [],
      history: async () => [],
    },
    forecasts: {
      freezeForecast: async () => err(invalidInput(NEEDS_BACKEND)),
      list: async () => [],
    },
  };
}
