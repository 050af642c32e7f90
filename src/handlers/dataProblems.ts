import { formatPeriod, periodContaining, shiftPeriod } from '../domain/period';
import { dataProblemReport } from '../kpi/dataProblemReport';
import { portalIndexOf } from '../kpi/portalIndex';
import type { DataProblemsOutput } from './contracts/dataProblems';
import { dataProblemsInputSchema, dataProblemsOutputSchema } from './contracts/dataProblems';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerOk } from './handlerResult';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';

/** How many quarters before the current one are read: the trend a scorecard shows. */
const HISTORY_QUARTERS = 4;

/**
 * dataProblems (kpi-spec §2; docs/kpis.md "Data problems"): the portal's unreadable deals a
 * RevOps lead cleans up, grouped by kind and owner as `kpi doctor` groups them. It reads what the
 * scorecards read — every owner's deals closing in this quarter and the four before, and the
 * open pipeline — so each problem listed is one that moves a number people see. Who may read
 * the settings may read it (admins and directors).
 */
export function dataProblems(input: unknown, deps: HandlerDeps): Promise<HandlerResult<DataProblemsOutput>> {
  return runHandler({ input: dataProblemsInputSchema, output: dataProblemsOutputSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'read');
    if (!allowed.ok) return allowed;
    const { roster, calendar, settings, now } = context.value;
    const period = periodContaining('quarter', now, calendar);
    const mapping = settings.settings.propertyMapping;
    const data = await deps.crm.scorecardData({
      ownerIds: roster.owners.map((o) => o.id),
      teamIds: [],
      period,
      calendar,
      mapping,
      historyQuarters: HISTORY_QUARTERS,
      includeFunnel: true,
      comparison: 'none',
    });
    const report = dataProblemReport(data, portalIndexOf(data), mapping);
    return handlerOk({ ...report, from: formatPeriod(shiftPeriod(period, -HISTORY_QUARTERS)), to: formatPeriod(period) });
  });
}
