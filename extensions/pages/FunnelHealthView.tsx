import { Divider, EmptyState, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { DataAsOf } from '../components/DataAsOf';
import { DataProblemList } from '../components/DataProblemList';
import { RemoteView } from '../components/RemoteView';
import { SettingsFallbackNotice } from '../components/SettingsFallbackNotice';
import { useFunnelHealth } from '../hooks/useFunnelHealth';
import type { I18n } from '../i18n/useI18n';
import { AlertScan } from './funnel/AlertScan';
import { FunnelAlerts } from './funnel/FunnelAlerts';
import { RepGapTable } from './funnel/RepGapTable';
import { TeamFunnelChart } from './funnel/TeamFunnelChart';

/** The managers' and directors' funnel health (kpi-spec §5); reps get the permission-denied state. */
export function FunnelHealthView({ client, portalId, i18n }: { client: KpiClient; portalId: number; i18n: I18n }) {
  const { t } = i18n;
  const remote = useFunnelHealth(client);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(data) => (
        <Flex direction="column" gap="md">
          <SettingsFallbackNotice fallback={data.settingsFallback} t={t} />
          <Flex direction="row" justify="between" align="end" wrap>
            <Text variant="microcopy">{t.funnel.periodLabel(data.period)}</Text>
            <Select
              testId="pipeline"
              label={t.funnel.pipeline}
              name="pipeline"
              value={data.pipeline.id}
              options={data.pipelines.map((p) => ({ label: p.label, value: p.id }))}
              onChange={(value) => remote.selectPipeline(String(value))}
            />
          </Flex>
          {data.teams.length === 0 && data.reps.length === 0 ? (
            <EmptyState title={t.funnel.emptyTitle} imageName="deals" layout="vertical" testId="empty">
              <Text>{t.funnel.emptyBody}</Text>
            </EmptyState>
          ) : (
            <>
              {data.teams.map((team) => (
                <TeamFunnelChart key={team.id} team={team} i18n={i18n} />
              ))}
              <Divider />
              <Heading>{t.funnel.alertsTitle}</Heading>
              <FunnelAlerts alerts={data.alerts} portalId={portalId} i18n={i18n} />
              <AlertScan client={client} input={{ pipelineId: data.pipeline.id, period: data.period }} portalId={portalId} i18n={i18n} />
              <Divider />
              <Heading>{t.funnel.repsTitle}</Heading>
              <RepGapTable data={data} i18n={i18n} />
              <DataProblemList problems={data.dataIssues} portalId={portalId} i18n={i18n} />
            </>
          )}
          <DataAsOf iso={data.dataAsOf} i18n={i18n} />
        </Flex>
      )}
    </RemoteView>
  );
}
