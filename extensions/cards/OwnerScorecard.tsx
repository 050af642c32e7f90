import { EmptyState, Flex, Heading, Link, Select, Text } from '@hubspot/ui-extensions';
import { DataAsOf } from '../components/DataAsOf';
import { useState } from 'react';
import type { KpiClient } from '../client/kpiClient';
import { KPI_DOCS_URL } from '../client/kpiDocsUrl';
import { RemoteView } from '../components/RemoteView';
import { SettingsFallbackNotice } from '../components/SettingsFallbackNotice';
import { useOwnerScorecard } from '../hooks/useOwnerScorecard';
import { useI18n } from '../i18n/useI18n';
import { DataProblemList } from '../components/DataProblemList';
import { KpiDetails } from './scorecard/KpiDetails';
import { KpiTable } from './scorecard/KpiTable';
import { ScorecardSummary } from './scorecard/ScorecardSummary';
import { ScoreTrend } from './scorecard/ScoreTrend';
import { ScoredWithNote } from './scorecard/ScoredWithNote';

export interface OwnerScorecardProps {
  client: KpiClient;
  /** The owner whose scorecard to show; undefined: the signed-in user's own ("My scorecard"). */
  ownerId?: string;
  locale?: string;
  initialPeriod?: string;
  /** The HubSpot portal, for links to the records with data problems. */
  portalId?: number;
  /** docs/kpis.md for "How this was calculated"; null: the file is named instead. */
  docsUrl?: string | null;
}

/** The weighted role scorecard of one owner for one period (kpi-spec §6), with a period picker; each KPI opens its calculation. */
export function OwnerScorecard({ client, ownerId, locale, initialPeriod, portalId, docsUrl = KPI_DOCS_URL }: OwnerScorecardProps) {
  const i18n = useI18n(locale);
  const { t } = i18n;
  const remote = useOwnerScorecard(client, ownerId, initialPeriod);
  const [openKpi, setOpenKpi] = useState<string | null>(null);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(scorecard) => (
        <Flex direction="column" gap="md">
          <SettingsFallbackNotice fallback={scorecard.settingsFallback} t={t} />
          <ScoredWithNote scoredWith={scorecard.scoredWith} i18n={i18n} />
          <Flex direction="row" justify="between" align="end" wrap>
            <Flex direction="column" gap="flush">
              <Heading>{t.scorecard.title(scorecard.owner.name)}</Heading>
              <Text variant="microcopy">{t.scorecard.role[scorecard.role]}</Text>
            </Flex>
            <Select
              testId="period"
              label={t.scorecard.period}
              name="period"
              value={scorecard.period}
              options={[...new Set([scorecard.period, ...scorecard.periods])].map((p) => ({ label: p, value: p }))}
              onChange={(value) => (setOpenKpi(null), remote.selectPeriod(String(value)))}
            />
          </Flex>
          {!scorecard.eligible ? (
            <EmptyState title={t.scorecard.noScorecardTitle} imageName="contacts" layout="vertical" testId="no-scorecard">
              <Text>{t.scorecard.noScorecardBody(scorecard.owner.name)}</Text>
            </EmptyState>
          ) : scorecard.kpis.length === 0 ? (
            <EmptyState title={t.scorecard.emptyTitle} imageName="target" layout="vertical" testId="empty">
              <Text>{t.scorecard.emptyBody}</Text>
            </EmptyState>
          ) : (
            <>
              <ScorecardSummary scorecard={scorecard} i18n={i18n} />
              <KpiTable scorecard={scorecard} i18n={i18n} onOpen={setOpenKpi} />
              {openKpi === null ? null : (
                <KpiDetails client={client} ownerId={scorecard.owner.id} period={scorecard.period} kpi={openKpi} onClose={() => setOpenKpi(null)} i18n={i18n} />
              )}
              <DataProblemList problems={scorecard.dataIssues} portalId={portalId} i18n={i18n} />
              {docsUrl === null ? (
                <Text variant="microcopy">{t.scorecard.howCalculatedFile}</Text>
              ) : (
                <Link testId="how-calculated" href={{ url: docsUrl, external: true }}>
                  {t.scorecard.howCalculated}
                </Link>
              )}
              <ScoreTrend scorecard={scorecard} i18n={i18n} />
            </>
          )}
          <DataAsOf iso={scorecard.dataAsOf} i18n={i18n} />
        </Flex>
      )}
    </RemoteView>
  );
}
