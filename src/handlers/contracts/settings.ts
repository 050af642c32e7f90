import { z } from 'zod';
import { settingsFallbackSchema } from './common';

/** Settings handlers: the admins' settings page. Settings are validated by validateSettings. */
export const settingsVersionSchema = z.object({
  version: z.number().int().min(0),
  /** The settings as stored (or the defaults at version 0). */
  settings: z.unknown(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  /**
   * The latest version (`version`) does not read back: `settings` are those of `usedVersion`
   * (0: the defaults), and `reason` says what is wrong. Saving or restoring writes over it.
   */
  fallback: settingsFallbackSchema.extend({ reason: z.string() }).nullable().default(null),
});
export type SettingsVersionDto = z.infer<typeof settingsVersionSchema>;

export const saveSettingsInputSchema = z.object({ settings: z.unknown(), expectedVersion: z.number().int().min(0) });
export type SaveSettingsInput = z.infer<typeof saveSettingsInputSchema>;

export const restoreSettingsInputSchema = z.object({ version: z.number().int().min(1), expectedVersion: z.number().int().min(0) });
export type RestoreSettingsInput = z.infer<typeof restoreSettingsInputSchema>;

export const settingsHistorySchema = z.object({
  /** `savedByName`: the person as the portal knows them (owner name and e-mail); `savedBy` as recorded. */
  versions: z.array(z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string().nullable(), savedByName: z.string().nullable().default(null) })),
});

/** What the settings page needs beside the settings: the portal's pipelines, owners, teams, deal properties. */
export const settingsContextSchema = z.object({
  pipelines: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** In display order. `outcome` (optional, additive) lets the page list the funnel pairs of kpi-spec §5 exactly. */
      stages: z.array(z.object({ id: z.string(), label: z.string(), outcome: z.enum(['open', 'won', 'lost']).optional() })),
    }),
  ),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  dealProperties: z.array(z.object({ name: z.string(), label: z.string(), type: z.string() })),
  portalTimeZone: z.string(),
  /** The goal families of the owners' HubSpot goals from a year back to a year ahead, to pick the revenue quota from. */
  goalFamilies: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), targets: z.number().int() })),
});
export type SettingsContextDto = z.infer<typeof settingsContextSchema>;
