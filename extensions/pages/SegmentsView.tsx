import { EmptyState, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useSegments } from '../hooks/useSegments';
import type { I18n } from '../i18n/useI18n';
import { SegmentDetails } from './segments/SegmentDetails';
import { SegmentTable } from './segments/SegmentTable';

/**
 * Growth and attainment per segment (关键细分市场, docs/kpis.md "Segments") for managers and
 * directors: by pipeline or by the deal property the settings map, one row per segment with the
 * "(no value)" row and the total, each opening onto its formula and deals.
 */
export function SegmentsView({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t } = i18n;
  const remote = useSegments(client);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(data) => {
        const opened = data.details;
        const openedRow = opened === null ? undefined : opened.total ? data.total : data.rows.find((r) => r.key === opened.key);
        return (
          <Flex direction="column" gap="md">
            <Flex direction="row" justify="between" align="end" wrap>
              <Heading>{t.segments.title(data.team?.name ?? t.segments.allTeams, data.period)}</Heading>
              <Flex direction="row" gap="sm">
                <Select testId="segment-team" label={t.segments.scope} name="team" value={data.team?.id ?? ''}
                  options={[{ label: t.segments.allTeams, value: '' }, ...data.teams.map((team) => ({ label: team.name, value: team.id }))]}
                  onChange={(value) => remote.select({ teamId: value === '' ? undefined : String(value), open: undefined })} />
                <Select testId="period" label={t.scorecard.period} name="period" value={data.period} options={data.periods.map((p) => ({ label: p, value: p }))}
                  onChange={(value) => remote.select({ period: String(value), open: undefined })} />
              </Flex>
            </Flex>
            <Text variant="microcopy">{data.property === null ? t.segments.by[data.by] : t.segments.byProperty(data.property)}</Text>
            {data.rows.length === 0 ? (
              <EmptyState title={t.segments.empty} layout="vertical" testId="empty">
                <Text>{t.segments.empty}</Text>
              </EmptyState>
            ) : (
              <SegmentTable data={data} onOpen={(open) => remote.select({ open })} i18n={i18n} />
            )}
            {opened === null || openedRow === undefined ? null : <SegmentDetails details={opened} row={openedRow} currency={data.currency} i18n={i18n} />}
          </Flex>
        );
      }}
    </RemoteView>
  );
}
