import type { PathModel } from './demoDealModel';
import type { Rng } from './prng';
import { DAY_MS } from './demoTime';

/** Where one simulated deal went; `entered` is reused across deals to spare a million arrays. */
export interface DealWalk {
  /** Entry time per open stage of the path; NaN where the deal never entered it. */
  entered: Float64Array;
  outcome: 'open' | 'won' | 'lost';
  /** The open stage the deal sits in (open) or left last (won, lost). */
  stage: number;
  /** When it closed (won, lost) or is expected to close, after asOf (open). */
  closeAt: number;
}

export const newWalk = (model: PathModel): DealWalk => ({
  entered: new Float64Array(model.path.openStageIds.length),
  outcome: 'open',
  stage: 0,
  closeAt: 0,
});

const HOUR_MS = 3_600_000;

/**
 * Walks a deal from its first stage: after a waiting time it moves on (sometimes jumping a
 * stage) or is lost; a deal whose next step would fall after asOf is still open. So every
 * open stage has lost deals, and only recent deals are open, as in a real portal.
 */
export function walkDeal(rng: Rng, model: PathModel, firstPairRate: number, skill: number, created: number, asOf: number, out: DealWalk): void {
  const last = out.entered.length;
  out.entered.fill(NaN);
  out.entered[0] = created;
  let s = 0;
  let t = created;
  for (;;) {
    const next = t + HOUR_MS + rng.exponential(model.dwellDays[s] as number) * DAY_MS;
    if (next >= asOf) return stayOpen(model, s, t, asOf, out);
    const p = s === 0 && model.dealType === 'newbusiness' ? firstPairRate : Math.min(0.97, (model.advance[s] as number) * skill);
    if (!rng.chance(p)) return close(out, 'lost', s, next);
    const to = s >= 1 && s + 2 <= last && rng.chance(model.skipChance) ? s + 2 : s + 1;
    if (to >= last) return close(out, 'won', s, next);
    s = to;
    t = next;
    out.entered[s] = t;
  }
}

function close(out: DealWalk, outcome: 'won' | 'lost', stage: number, at: number): void {
  out.outcome = outcome;
  out.stage = stage;
  out.closeAt = at;
}

/** An open deal's close date is its owner's guess: the usual remaining time, at least a week out. */
function stayOpen(model: PathModel, stage: number, since: number, asOf: number, out: DealWalk): void {
  const remainingDays = model.dwellDays.slice(stage).reduce((a, b) => a + b, 0);
  out.outcome = 'open';
  out.stage = stage;
  out.closeAt = Math.max(since + remainingDays * DAY_MS, asOf + 7 * DAY_MS);
}
