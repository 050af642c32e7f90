import type { z } from 'zod';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { DataProblemsOutput } from '../../src/handlers/contracts/dataProblems';
import type { DealKpisInput, DealKpisOutput } from '../../src/handlers/contracts/dealKpis';
import type { EnterForecastInput, EnterForecastOutput, FrozenForecastsOutput } from '../../src/handlers/contracts/forecasts';
import type { FunnelHealthInput, FunnelHealthOutput } from '../../src/handlers/contracts/funnelHealth';
import type { KpiDetailsInput, KpiDetailsOutput } from '../../src/handlers/contracts/kpiDetails';
import type {
  ImportManualScoresInput,
  ImportManualScoresOutput,
  ManualScoreSheetInput,
  ManualScoreSheetOutput,
  RecordManualScoreInput,
  RecordManualScoreOutput,
} from '../../src/handlers/contracts/manualScores';
import type { TeamScorecardsInput, TeamScorecardsOutput } from '../../src/handlers/contracts/teamScorecards';
import type { ViewerContextOutput } from '../../src/handlers/contracts/viewerContext';
import type { SegmentsInput, SegmentsOutput } from '../../src/handlers/contracts/segments';
import type { DigestPreviewInput, DigestPreviewOutput } from '../../src/handlers/contracts/digests';
import type { OwnerScorecardInput, OwnerScorecardOutput } from '../../src/handlers/contracts/ownerScorecard';
import type { ScanAlertsInput, ScanAlertsOutput } from '../../src/handlers/contracts/scanAlerts';
import type {
  RestoreSettingsInput,
  SaveSettingsInput,
  SettingsContextDto,
  settingsHistorySchema,
  SettingsVersionDto,
} from '../../src/handlers/contracts/settings';

/** What every client call resolves to: never a throw, so the hooks only branch on `ok`. */
export type ClientResult<T> = { ok: true; data: T } | { ok: false; error: HandlerError };

export type SettingsHistoryDto = z.infer<typeof settingsHistorySchema>;

/**
 * What a call may carry beside its input. `propertiesToSend`: properties of the card's own
 * record that HubSpot reads and hands to the app function with the call, sparing it a CRM read;
 * the backend reads its own data and ignores them.
 */
export interface CallOptions {
  propertiesToSend?: readonly string[];
}

/**
 * The only way the surfaces reach data (design.md: components never call hubspot.serverless or
 * hubspot.fetch themselves). Tests hand the components a fake; the entry files pick
 * `createServerlessClient` or `createFetchClient`.
 */
export interface KpiClient {
  dealKpis(input: DealKpisInput, options?: CallOptions): Promise<ClientResult<DealKpisOutput>>;
  ownerScorecard(input: OwnerScorecardInput): Promise<ClientResult<OwnerScorecardOutput>>;
  funnelHealth(input: FunnelHealthInput): Promise<ClientResult<FunnelHealthOutput>>;
  getSettings(): Promise<ClientResult<SettingsVersionDto>>;
  settingsContext(): Promise<ClientResult<SettingsContextDto>>;
  saveSettings(input: SaveSettingsInput): Promise<ClientResult<SettingsVersionDto>>;
  settingsHistory(): Promise<ClientResult<SettingsHistoryDto>>;
  restoreSettings(input: RestoreSettingsInput): Promise<ClientResult<SettingsVersionDto>>;
  scanAlerts(input: ScanAlertsInput): Promise<ClientResult<ScanAlertsOutput>>;
  teamScorecards(input: TeamScorecardsInput): Promise<ClientResult<TeamScorecardsOutput>>;
  kpiDetails(input: KpiDetailsInput): Promise<ClientResult<KpiDetailsOutput>>;
  recordManualScore(input: RecordManualScoreInput): Promise<ClientResult<RecordManualScoreOutput>>;
  manualScoreSheet(input: ManualScoreSheetInput): Promise<ClientResult<ManualScoreSheetOutput>>;
  importManualScores(input: ImportManualScoresInput): Promise<ClientResult<ImportManualScoresOutput>>;
  viewerContext(): Promise<ClientResult<ViewerContextOutput>>;
  segments(input: SegmentsInput): Promise<ClientResult<SegmentsOutput>>;
  digestPreview(input: DigestPreviewInput): Promise<ClientResult<DigestPreviewOutput>>;
  enterForecast(input: EnterForecastInput): Promise<ClientResult<EnterForecastOutput>>;
  frozenForecasts(): Promise<ClientResult<FrozenForecastsOutput>>;
  dataProblems(): Promise<ClientResult<DataProblemsOutput>>;
}

export type KpiClientMethod = keyof KpiClient;
