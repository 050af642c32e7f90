import { Alert, Text } from '@hubspot/ui-extensions';
import type { SettingsFallbackDto } from '../../src/handlers/contracts/common';
import type { Messages } from '../i18n/en';

/**
 * Says that the numbers come from older settings than the latest saved ones (the latest could
 * not be read back), so nobody takes them for what the admin last chose. Nothing when the
 * settings in force are the latest.
 */
export function SettingsFallbackNotice({ fallback, t }: { fallback: SettingsFallbackDto | null; t: Messages }) {
  if (fallback === null) return null;
  return (
    <Alert title={t.common.settingsFallbackTitle} variant="warning" testId="settings-fallback">
      <Text>{t.common.settingsFallbackBody(fallback.corruptVersion, fallback.usedVersion)}</Text>
    </Alert>
  );
}
