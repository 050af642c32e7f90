import type { z } from 'zod';
import {
  commissionTierSchema,
  customerBaseTargetSchema,
  type CustomerBaseTarget,
  funnelThresholdSchema,
  gradeBandSchema,
  kpiEntrySchema,
  quotaSchema,
  ROLES,
  roleTemplateSchema,
  settingsSchema,
  teamSettingsSchema,
  type FunnelThreshold,
  type KpiEntry,
  type Quota,
  type Role,
  type RoleTemplate,
} from './settingsSchema';

/**
 * The parts of a settings object that each parse on their own, item by item. validateSettings
 * runs its cross-field rules on these, so that one malformed entry does not hide every other
 * error (the settings page shows the whole list at once); an item that does not parse is
 * undefined here and already reported by zod.
 */
export interface SettingsSections {
  roles: Partial<Record<Role, RoleTemplate>>;
  /** The entries, one by one, of each template that does not parse as a whole. */
  roleEntries: Partial<Record<Role, (KpiEntry | undefined)[]>>;
  grades: (z.infer<typeof gradeBandSchema> | undefined)[];
  tiers: (z.infer<typeof commissionTierSchema> | undefined)[];
  thresholds: (FunnelThreshold | undefined)[];
  quotas: (Quota | undefined)[];
  customerBaseTargets: (CustomerBaseTarget | undefined)[];
  teams: (z.infer<typeof teamSettingsSchema> | undefined)[];
  directorOwnerIds: unknown[];
  evaluation360: z.infer<typeof settingsSchema.shape.evaluation360> | undefined;
  forecastSource: z.infer<typeof settingsSchema.shape.forecastSource> | undefined;
  /** The mapped forecast property; undefined when the mapping does not parse. */
  forecastProperty: string | null | undefined;
}

type Loose = Record<string, unknown> | undefined;

const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function parsed<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

const items = <S extends z.ZodType>(schema: S, value: unknown): (z.infer<S> | undefined)[] =>
  list(value).map((item) => parsed(schema, item));

export function settingsSections(input: unknown): SettingsSections {
  const root = record(input);
  const roles = record(root?.roles);
  const parsedRoles: Partial<Record<Role, RoleTemplate>> = {};
  const roleEntries: Partial<Record<Role, (KpiEntry | undefined)[]>> = {};
  for (const role of ROLES) {
    const template = parsed(roleTemplateSchema, roles?.[role]);
    if (template !== undefined) parsedRoles[role] = template;
    else roleEntries[role] = items(kpiEntrySchema, record(roles?.[role])?.kpis);
  }
  return {
    roles: parsedRoles,
    roleEntries,
    grades: items(gradeBandSchema, root?.grades),
    tiers: items(commissionTierSchema, record(root?.commission)?.tiers),
    thresholds: items(funnelThresholdSchema, record(root?.funnel)?.thresholds),
    quotas: items(quotaSchema, root?.quotas),
    customerBaseTargets: items(customerBaseTargetSchema, root?.customerBaseTargets),
    teams: items(teamSettingsSchema, root?.teams),
    directorOwnerIds: list(root?.directorOwnerIds),
    evaluation360: parsed(settingsSchema.shape.evaluation360, root?.evaluation360),
    forecastSource: parsed(settingsSchema.shape.forecastSource, root?.forecastSource),
    forecastProperty: parsed(settingsSchema.shape.propertyMapping, root?.propertyMapping)?.forecastAmount,
  };
}
