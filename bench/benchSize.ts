import type { ComputeCounts } from './benchCompute';
import { computeAll, explainDirector } from './benchCompute';
import { generateDemoSnapshot, DEMO_CALENDAR } from '../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../src/emulator/demo/demoSettings';
import { parseSnapshot, portalFromSnapshot } from '../src/domain/portalFromSnapshot';
import { buildPortalIndex } from '../src/kpi/portalIndex';
import { periodContaining } from '../src/domain/period';
import { DEMO_TIER_PROPERTY } from '../src/emulator/demo/demoCustomers';
import { segmentTable } from '../src/segments/segmentTable';

export interface BenchRow {
  deals: number;
  /** Not timed against the target: building the demo input. */
  generateMs: number;
  /** zod validation of the snapshot (parseSnapshot). */
  validateMs: number;
  /** portalFromSnapshot: HubSpot strings → engine model. */
  parseMs: number;
  indexMs: number;
  computeMs: number;
  /** CPU time of compute (all threads, GC included): what the machine's other load cannot inflate. */
  computeCpuMs: number;
  /** Every KPI of the director's scorecard opened with its records (kpi-details), once compute has run. */
  explainMs: number;
  /** The director's segments of the quarter cut by a company property (the demo's customer tier), labels aside. */
  segmentsMs: number;
  /** Peak resident memory of the whole run for this size, MB. */
  peakRssMb: number;
  counts: ComputeCounts;
}

export interface Clock {
  /** Wall time, ms. */
  now(): number;
  /** CPU time used by the process so far, ms. */
  cpu(): number;
}

/** Wall and CPU ms of a phase, collecting garbage first so one phase's leftovers do not bill the next. */
function timed<T>(clock: Clock, phase: () => T): { value: T; ms: number; cpuMs: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const start = clock.now();
  const cpu = clock.cpu();
  const value = phase();
  return { value, ms: clock.now() - start, cpuMs: clock.cpu() - cpu };
}

/**
 * One bench size, meant to run alone in its own process (peak memory is per size). The
 * portal is the demo portal as of `asOf`; compute covers its current quarter. The generated
 * input is dropped once validated, so the peak is what loading a portal of this size costs.
 */
export function benchSize(deals: number, asOf: number, clock: Clock, peakRssMb: () => number): BenchRow {
  const gen = timed(clock, () => generateDemoSnapshot({ deals, seed: 1, asOf }));
  let input: unknown = gen.value;
  const validated = timed(clock, () => parseSnapshot(input));
  input = null;
  if (!validated.value.ok) throw new Error(`demo snapshot did not validate: ${validated.value.error}`);
  const snapshot = validated.value.value;
  const parsed = timed(clock, () => portalFromSnapshot(snapshot).data);
  const indexed = timed(clock, () => buildPortalIndex(parsed.value));
  const settings = demoSettings();
  const period = periodContaining('quarter', asOf, DEMO_CALENDAR);
  const computed = timed(clock, () => computeAll(parsed.value, indexed.value, settings, period, asOf));
  const explained = timed(clock, () => explainDirector(parsed.value, indexed.value, settings, period, asOf));
  const byTier = { ...settings, segments: { by: 'company_property' as const, companyProperty: DEMO_TIER_PROPERTY, targets: [] } };
  const segmented = timed(clock, () => segmentTable({ data: parsed.value, settings: byTier, calendar: DEMO_CALENDAR, period, now: asOf, ownerIds: parsed.value.owners.map((o) => o.id) }));
  if (!segmented.value.ok) throw new Error(`segments did not compute: ${segmented.value.error.message}`);
  return {
    deals,
    generateMs: gen.ms,
    validateMs: validated.ms,
    parseMs: parsed.ms,
    indexMs: indexed.ms,
    computeMs: computed.ms,
    computeCpuMs: computed.cpuMs,
    explainMs: explained.ms,
    segmentsMs: segmented.ms,
    peakRssMb: peakRssMb(),
    counts: computed.value,
  };
}
