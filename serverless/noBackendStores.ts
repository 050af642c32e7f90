import { err } from '../src/domain/result';
import type { AlertLedger } from '../src/store/alertLedger';
import type { ForecastStore } from '../src/store/forecastStore';
import type { ManualScoreStore } from '../src/store/manualScoreStore';
import { invalidInput } from '../src/store/storeErrors';

/**
 * The stores an install without a backend does not have (issue 4: only settings live in the
 * portal, as custom-object records). Reads answer "nothing recorded", which the engine turns
 * into not_configured (manual scores, frozen forecasts: kpi-spec §2 and §4, unknown is never
 * zero) and funnel health into alerts without task links. Writes are refused as values, so
 * nothing pretends to have been kept between invocations.
 */
export interface NoBackendStores {
  ledger: AlertLedger;
  manualScores: ManualScoreStore;
  forecasts: ForecastStore;
}

const NEEDS_BACKEND = 'this install has no KPI backend: manual scores, frozen forecasts and the alert ledger are kept only by the backend (npx kpi serve)';

export function noBackendStores(): NoBackendStores {
  return {
    ledger: {
      get: async () => null,
      upsert: async () => err(invalidInput(NEEDS_BACKEND)),
      listOpen: async () => [],
    },
    manualScores: {
      set: async () => err(invalidInput(NEEDS_BACKEND)),
      list: async () => [],
    },
    forecasts: {
      freezeForecast: async () => err(invalidInput(NEEDS_BACKEND)),
      getForecast: async () => null,
    },
  };
}
