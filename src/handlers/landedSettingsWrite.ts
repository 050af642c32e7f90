import { settingsSchema } from '../settings/settingsSchema';
import type { SettingsVersion } from '../store/settingsStore';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import { savedByOf } from './settingsVersionDto';

/**
 * The version a settings write already wrote, when the same write arrives again: HubSpot's
 * proxy sends a hubspot.fetch once more after a 5xx (design.md "HubSpot facts"), and a 5xx can
 * come after the store has written (the answer was lost on its way). A write refused as a
 * conflict is that write again when the version after the one it was based on was saved by
 * the same viewer with the same content; the caller then answers that version instead of a
 * conflict, so the retry changes nothing and the admin sees their own save.
 */
export async function landedSettingsWrite(deps: HandlerDeps, expectedVersion: number, sameContent: (written: SettingsVersion) => boolean): Promise<SettingsVersion | null> {
  if (isSystemRunner(deps.viewer)) return null;
  const written = await deps.settings.getVersion(deps.viewer.portalId, expectedVersion + 1);
  if (written === null || written.savedBy !== savedByOf(deps.viewer)) return null;
  return sameContent(written) ? written : null;
}

/** A save's content: the settings as the store keeps them (schema order), no restore. */
export function sameSave(settings: unknown): (written: SettingsVersion) => boolean {
  const parsed = settingsSchema.safeParse(settings);
  return (written) => parsed.success && written.restoredFrom === null && JSON.stringify(written.settings) === JSON.stringify(parsed.data);
}

/** A restore's content: a copy of that version. */
export const sameRestore =
  (version: number): ((written: SettingsVersion) => boolean) =>
  (written) =>
    written.restoredFrom === version;
