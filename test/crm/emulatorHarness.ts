import type { Period } from '../../src/domain/period';
import type { Deal, PortalData } from '../../src/domain/portal';
import type { ParsedPortal } from '../../src/domain/portalFromSnapshot';
import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { Snapshot, SnapshotInput } from '../../src/domain/snapshot';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { EmulatorOptions } from '../../src/emulator/emulatorOptions';
import { computeKpi } from '../../src/kpi/computeKpi';
import type { KpiId } from '../../src/kpi/catalog';
import type { KpiSubject } from '../../src/kpi/kpiContext';
import { calendarOf } from '../../src/kpi/kpiContext';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import type { Settings } from '../../src/settings/settingsSchema';

/** A running emulator seeded with the snapshot, and the engine's reading of the full snapshot. */
export interface Harness {
  emulator: CrmEmulator;
  running: RunningEmulator;
  snapshot: Snapshot;
  full: ParsedPortal;
}

export async function startHarness(input: SnapshotInput, options: EmulatorOptions = {}): Promise<Harness> {
  const parsed = parseSnapshot(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const emulator = createCrmEmulator(input, options);
  const running = await emulator.listen(0);
  return { emulator, running, snapshot: parsed.value, full: portalFromSnapshot(parsed.value) };
}

export const ids = (deals: readonly Deal[]): string[] => deals.map((d) => d.id).sort((a, b) => Number(a) - Number(b));

export const byId = (deals: readonly Deal[]): Deal[] => [...deals].sort((a, b) => Number(a.id) - Number(b.id));

/** One KPI as the engine computes it on the given portal data. */
export function kpiOn(data: PortalData, id: KpiId, settings: Settings, period: Period, now: number, subject: KpiSubject) {
  return computeKpi(id, { data, index: buildPortalIndex(data), settings, calendar: calendarOf(settings, data), period, now, subject, manualScores: null, frozenForecasts: null });
}

/** A deal as a live read gives it: searches return no associations (the customer KPIs read them from the mirror). */
export const asReadLive = (d: Deal): Deal => ({ ...d, companyIds: null, lineItemIds: null });
