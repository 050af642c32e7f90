import { Flex, Heading, Select, Text, Tile } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useDigestPreview } from '../hooks/useDigestPreview';
import type { I18n } from '../i18n/useI18n';

/**
 * The reporting rhythm's preview (每周销售进展报告, 每月业绩总结; docs/kpis.md "Digests"): the
 * weekly digest and the monthly summary exactly as the schedule would write them as the
 * manager's HubSpot task today. A manager sees their own; a director chooses a team.
 */
export function ReportsView({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t } = i18n;
  const remote = useDigestPreview(client);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(data) => (
        <Flex direction="column" gap="md">
          <Flex direction="row" justify="between" align="end" wrap>
            <Heading>{t.reports.title(data.team.name)}</Heading>
            <Select testId="report-team" label={t.reports.team} name="team" value={data.team.id} options={data.teams.map((team) => ({ label: team.name, value: team.id }))} onChange={(value) => remote.selectTeam(String(value))} />
          </Flex>
          <Text variant="microcopy">{t.reports.preview}</Text>
          {[
            { id: 'weekly', title: t.reports.weekly, text: data.weekly.text, sends: data.sends.weekly },
            { id: 'monthly', title: t.reports.monthly, text: data.monthly.text, sends: data.sends.monthly },
          ].map((r) => (
            <Tile key={r.id} testId={`${r.id}-preview`}>
              <Flex direction="column" gap="xs">
                <Text format={{ fontWeight: 'demibold' }}>{r.title}</Text>
                {r.sends ? null : <Text variant="microcopy">{t.reports.off}</Text>}
                <Text testId={`${r.id}-subject`} format={{ fontWeight: 'demibold' }}>{r.text.subject}</Text>
                {r.text.body.split('\n').map((line, i) => (
                  <Text key={i}>{line}</Text>
                ))}
              </Flex>
            </Tile>
          ))}
        </Flex>
      )}
    </RemoteView>
  );
}
