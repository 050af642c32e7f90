import { Alert, Text } from '@hubspot/ui-extensions';
import type { ScoredWithDto } from '../../../src/handlers/contracts/ownerScorecard';
import type { I18n } from '../../i18n/useI18n';

/**
 * Says when a save of the settings rescored what the card shows: a warning when the period
 * shown had ended before the settings in force were saved, a line when only earlier periods of
 * the trend had. Nothing when the settings predate every period shown.
 */
export function ScoredWithNote({ scoredWith, i18n }: { scoredWith: ScoredWithDto | null; i18n: I18n }) {
  const { t, format } = i18n;
  if (scoredWith === null) return null;
  const date = format.date(scoredWith.savedAt);
  if (scoredWith.afterPeriodEnded) {
    return (
      <Alert title={t.scorecard.rescoredTitle} variant="info" testId="rescored">
        <Text>{t.scorecard.rescoredBody(date, scoredWith.savedBy)}</Text>
      </Alert>
    );
  }
  if (!scoredWith.afterEarlierPeriods) return null;
  return (
    <Text variant="microcopy" testId="rescored-earlier">
      {t.scorecard.rescoredEarlier(date, scoredWith.savedBy)}
    </Text>
  );
}
