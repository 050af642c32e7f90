import { EmptyState, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useSegments } from '../hooks/useSegments';
import type { SegmentsOutput } from '../../src/handlers/contracts/segments';
import type { Messages } from '../i18n/en';
import type { I18n } from '../i18n/useI18n';
import { SegmentDetails } from './segments/SegmentDetails';
import { SegmentTable } from './segments/SegmentTable';

/**
 * Growth and attainment per segment (关键细分市场, docs/kpis.md "Segments") for managers and
 * directors: by pipeline, by the deal property the settings map or by the customers' company
 * property, one row per segment with the "(no value)" row and the total, each opening onto its
 * formula and deals; segments that cannot be computed are said so, never shown as zeros.
 */
export function SegmentsView({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t } = i18n;
  const remote = useSegments(client);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(data) => {
        const opened = data.details;
        const total = data.total;
        const openedRow = opened === null ? undefined : opened.total ? (total ?? undefined) : data.rows.find((r) => r.key === opened.key);
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
            <Text variant="microcopy">{cutOf(data, t)}</Text>
            {data.uncomputable !== null || total === null ? (
              <EmptyState title={t.segments.uncomputableTitle} layout="vertical" testId="uncomputable">
                <Text>{data.uncomputable === null ? '' : t.segments.uncomputable[data.uncomputable.reason](data.property ?? '')}</Text>
              </EmptyState>
            ) : data.rows.length === 0 ? (
              <EmptyState title={t.segments.empty} layout="vertical" testId="empty">
                <Text>{t.segments.empty}</Text>
              </EmptyState>
            ) : (
              <SegmentTable data={data} total={total} onOpen={(open) => remote.select({ open })} i18n={i18n} />
            )}
            {opened === null || openedRow === undefined ? null : <SegmentDetails details={opened} row={openedRow} currency={data.currency} i18n={i18n} />}
          </Flex>
        );
      }}
    </RemoteView>
  );
}

/** What the segments are cut by, naming the property. */
function cutOf(data: SegmentsOutput, t: Messages): string {
  if (data.property === null) return t.segments.by[data.by];
  return data.by === 'company_property' ? t.segments.byCompanyProperty(data.property) : t.segments.byProperty(data.property);
}
