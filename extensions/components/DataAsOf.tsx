import { Text } from '@hubspot/ui-extensions';
import type { I18n } from '../i18n/useI18n';

/**
 * "Data as of 10:42, 2 minutes ago" under a surface: with the backend the numbers come from its
 * copy of the portal, so the reader sees how fresh it is. `now` is the card's clock, read here
 * at the screen's edge (tests pass it).
 */
export function DataAsOf({ iso, i18n, now = Date.now() }: { iso: string; i18n: I18n; now?: number }) {
  return (
    <Text variant="microcopy" testId="data-as-of">
      {i18n.t.common.dataAsOf(i18n.format.time(iso, now), i18n.format.ago(iso, now))}
    </Text>
  );
}
