import type { Roster } from '../crm/crmPort';
import type { Calendar } from '../domain/period';
import { parsePeriod } from '../domain/period';
import { boundsOf } from '../kpi/kpiPeriod';
import type { ScoredWithDto } from './contracts/ownerScorecard';
import type { CurrentSettings } from './currentSettings';
import { savedByName } from './savedByName';

/**
 * Which saved settings a scorecard was scored with, and whether they were saved after the
 * period shown (or an earlier period of its trend) had ended: every score is computed with
 * the settings in force now (docs/kpis.md, weights and scoring), so a save rescores past
 * periods and the card must say so rather than let a changed number pass unnoticed.
 * null while no version was ever saved (the defaults are in force).
 */
export function scoredWith(settings: CurrentSettings, roster: Roster, calendar: Calendar, period: string, history: readonly string[]): ScoredWithDto | null {
  if (settings.savedAt === null) return null;
  const savedAt = Date.parse(settings.savedAt);
  const endedBefore = (label: string): boolean => {
    const parsed = parsePeriod(label);
    return parsed.ok && boundsOf(parsed.value, calendar).end <= savedAt;
  };
  return {
    version: settings.fallback?.usedVersion ?? settings.version,
    savedAt: settings.savedAt,
    savedBy: savedByName(settings.savedBy, roster),
    afterPeriodEnded: endedBefore(period),
    afterEarlierPeriods: history.some(endedBefore),
  };
}
