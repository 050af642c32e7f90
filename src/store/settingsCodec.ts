import { settingsSchema, type Settings } from '../settings/settingsSchema';
import { err, ok, type Result } from '../domain/result';
import { CorruptRecordError } from './corruptRecordError';
import { invalidInput, type InvalidInputError } from './storeErrors';

/**
 * Settings travel to storage as JSON text. Both directions go through `settingsSchema`:
 * writing refuses what the schema refuses (so nothing invalid is ever stored), reading
 * turns anything the schema refuses into a CorruptRecordError naming the record.
 */
export function encodeSettings(settings: Settings): Result<string, InvalidInputError> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) return err(invalidInput(`the settings are not valid: ${describeIssues(parsed.error.issues)}`));
  return ok(JSON.stringify(parsed.data));
}

export function decodeSettings(text: string, what: string): Settings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CorruptRecordError(what, `the stored settings are not JSON (${(e as Error).message})`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) throw new CorruptRecordError(what, `the stored settings do not match the schema: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
