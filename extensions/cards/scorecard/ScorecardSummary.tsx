import { Alert, Statistics, StatisticsItem, Text } from '@hubspot/ui-extensions';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import type { I18n } from '../../i18n/useI18n';

/**
 * Grade, total and the promotion / improvement-plan flags (kpi-spec §6 flags across periods).
 * A provisional total says so, and which flags wait for the data to be fixed: no flag is
 * raised on records nobody could read.
 */
export function ScorecardSummary({ scorecard, i18n }: { scorecard: OwnerScorecardOutput; i18n: I18n }) {
  const { t, format } = i18n;
  const flagName = { promotion_candidate: t.scorecard.promotionTitle, improvement_plan: t.scorecard.improvementTitle };
  return (
    <>
      <Statistics>
        <StatisticsItem label={t.scorecard.grade} number={scorecard.grade ?? t.scorecard.noGrade} testId="grade" />
        <StatisticsItem label={t.scorecard.total} number={format.number(scorecard.total, 1)} testId="total" />
      </Statistics>
      {scorecard.elapsedShare > 0 && scorecard.elapsedShare < 1 ? (
        <Text variant="microcopy" testId="to-date">
          {t.scorecard.toDate(format.percent(scorecard.elapsedShare, 0))}
        </Text>
      ) : null}
      {scorecard.provisional ? (
        <Alert title={t.scorecard.provisionalTitle} variant="warning" testId="provisional">
          <Text>{t.scorecard.provisionalBody}</Text>
          {scorecard.withheldFlags.length > 0 ? <Text>{t.scorecard.withheld(scorecard.withheldFlags.map((f) => flagName[f]).join(', '))}</Text> : null}
        </Alert>
      ) : null}
      {scorecard.flags.includes('promotion_candidate') ? (
        <Alert title={t.scorecard.promotionTitle} variant="success" testId="flag-promotion">
          {t.scorecard.promotionBody}
        </Alert>
      ) : null}
      {scorecard.flags.includes('improvement_plan') ? (
        <Alert title={t.scorecard.improvementTitle} variant="warning" testId="flag-improvement">
          {t.scorecard.improvementBody[scorecard.role]}
        </Alert>
      ) : null}
    </>
  );
}
