import { Text } from '@hubspot/ui-extensions';
import type { ForecastBasis } from '../../../src/domain/frozenForecast';
import type { I18n } from '../../i18n/useI18n';

/**
 * The forecast forecast_accuracy compared with, beside the actual: each frozen part with when
 * and how it was taken (a manager of two teams sees both), or the mapped property's sum.
 */
export function ForecastLine({ forecast, currency, i18n, testIdPrefix = 'forecast' }: { forecast: ForecastBasis; currency: string; i18n: I18n; testIdPrefix?: string }) {
  const { t, format } = i18n;
  if (forecast.frozen.length === 0) return <Text variant="microcopy" testId={`${testIdPrefix}-mapped`}>{t.scorecard.forecastMapped(format.currency(forecast.amount, currency))}</Text>;
  return (
    <>
      {forecast.frozen.map((f) => (
        <Text key={`${f.subjectKind}-${f.subjectId}`} variant="microcopy" testId={`${testIdPrefix}-${f.subjectKind}-${f.subjectId}`}>
          {t.scorecard.forecastFrozen(format.currency(f.amount, currency), format.date(new Date(f.frozenAt).toISOString()), t.scorecard.forecastHow[f.source])}
        </Text>
      ))}
    </>
  );
}
