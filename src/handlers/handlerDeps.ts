import type { CrmPort } from '../crm/crmPort';
import type { AlertLedger } from '../store/alertLedger';
import type { DigestLedger } from '../store/digestLedger';
import type { ForecastStore } from '../store/forecastStore';
import type { ManualScoreStore } from '../store/manualScoreStore';
import type { ScanLock } from '../store/scanLock';
import type { SettingsStore } from '../store/settingsStore';
import type { Viewer } from './contracts/common';

/**
 * A caller that is not a HubSpot user: the backend's scheduled alert scan and the
 * `kpi alerts scan` command. Only code builds one (`systemRunner`); a request body or a
 * signed URL can only ever yield a Viewer, because viewerSchema has no such field.
 */
export interface SystemRunner {
  system: true;
  portalId: number;
  /** Who ran it, for task bodies and logs ("scheduled scan", "kpi alerts scan"). */
  name: string;
}

export const systemRunner = (portalId: number, name: string): SystemRunner => ({ system: true, portalId, name });

export const isSystemRunner = (viewer: Viewer | SystemRunner): viewer is SystemRunner => 'system' in viewer && viewer.system === true;

export interface HandlerDeps {
  /** Verified by the runtime (function context, signed hubspot.fetch URL), never from the body. */
  viewer: Viewer | SystemRunner;
  crm: CrmPort;
  settings: SettingsStore;
  ledger: AlertLedger;
  /** null: this install keeps no manual scores (no backend), so manual KPIs are not_configured rather than "not entered". */
  manualScores: ManualScoreStore | null;
  forecasts: ForecastStore;
  /** Which digest tasks were created; absent where nothing is kept between runs (no backend), which sends no digests. */
  digests?: DigestLedger;
  /**
   * One alert scan per portal at a time. Absent where nothing is shared between runs (app
   * functions without a backend): there the ledger's read-back by key is the only guard.
   */
  scanLock?: ScanLock;
  /** The clock, read once per request at the edge; the core gets the instant. */
  now: () => number;
  /** Told of stored data an operator must repair (a corrupt settings version); the runtime's error log. */
  logProblem?: (message: string) => void;
}
