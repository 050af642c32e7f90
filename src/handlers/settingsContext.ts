import type { SettingsContextDto } from './contracts/settings';
import { settingsContextSchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerOk } from './handlerResult';
import { noInputSchema } from './noInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';

const YEAR_MS = 366 * 86_400_000;

/**
 * settingsContext: what the settings page needs beside the settings — pipelines with
 * their stages in display order, owners, teams, the portal's deal properties (for the property
 * mapping) and the portal's time zone (the default when the settings name none). Deactivated
 * owners are listed too, marked, because old quotas and settings may still name them. The
 * goal families of the last and next year are offered to pick the revenue quota from.
 */

export function settingsContext(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsContextDto>> {
  return runHandler({ input: noInputSchema, output: settingsContextSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'read');
    if (!allowed.ok) return allowed;
    const { roster, portal, now } = context.value;
    const [pipelines, dealProperties, goalFamilies] = await Promise.all([
      deps.crm.pipelines(),
      deps.crm.dealPropertyDefinitions(),
      deps.crm.goalFamilies({ start: now - YEAR_MS, end: now + YEAR_MS }),
    ]);
    return handlerOk({
      pipelines: [...pipelines]
        .sort((a, b) => a.displayOrder - b.displayOrder)
        .map((p) => ({
          id: p.id,
          label: p.label,
          stages: [...p.stages].sort((a, b) => a.displayOrder - b.displayOrder).map((s) => ({ id: s.id, label: s.label, outcome: s.outcome })),
        })),
      owners: roster.owners.map((o) => ({ id: o.id, name: o.active ? o.name : `${o.name} (deactivated)` })),
      teams: roster.teams.map((t) => ({ id: t.id, name: t.name })),
      dealProperties: dealProperties.map((d) => ({ name: d.name, label: d.label, type: d.type })),
      portalTimeZone: portal.timeZone,
      goalFamilies,
    });
  });
}
