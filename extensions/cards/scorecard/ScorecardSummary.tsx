import { Alert, Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import type { I18n } from '../../i18n/useI18n';

/** Grade, total and the promotion / improvement-plan flags (kpi-spec §6 flags across periods). */
export function ScorecardSummary({ scorecard, i18n }: { scorecard: OwnerScorecardOutput; i18n: I18n }) {
  const { t, format } = i18n;
  return (
    <>
      <Statistics>
        <StatisticsItem label={t.scorecard.grade} number={scorecard.grade ?? t.scorecard.noGrade} testId="grade" />
        <StatisticsItem label={t.scorecard.total} number={format.number(scorecard.total, 1)} testId="total" />
      </Statistics>
      {scorecard.flags.includes('promotion_candidate') ? (
        <Alert title={t.scorecard.promotionTitle} variant="success" testId="flag-promotion">
          {t.scorecard.promotionBody}
        </Alert>
      ) : null}
      {scorecard.flags.includes('improvement_plan') ? (
        <Alert title={t.scorecard.improvementTitle} variant="warning" testId="flag-improvement">
          {t.scorecard.improvementBody}
        </Alert>
      ) : null}
    </>
  );
}
