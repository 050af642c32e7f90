import { Alert, Flex, Link, Text } from '@hubspot/ui-extensions';
import type { FunnelHealthOutput } from '../../../src/handlers/contracts/funnelHealth';
import type { I18n } from '../../i18n/useI18n';
import { taskUrl } from './taskUrl';

type FunnelAlert = FunnelHealthOutput['alerts'][number];

const VARIANT = { critical: 'danger', warning: 'warning', info: 'info', ok: 'success' } as const;

function TaskLink({ url, label }: { url: string | null; label: string }) {
  return url === null ? null : <Link href={{ url, external: true }}>{label}</Link>;
}

/** Pairs under their threshold, each with its n and 95% interval so a manager can judge it (kpi-spec §5). */
export function FunnelAlerts({ alerts, uiDomain, portalId, i18n }: { alerts: FunnelAlert[]; uiDomain: string | null; portalId: number; i18n: I18n }) {
  const { t, format } = i18n;
  if (alerts.length === 0) return <Text testId="no-alerts">{t.funnel.noAlerts}</Text>;
  return (
    <Flex direction="column" gap="sm">
      {alerts.map((a) => (
        <Alert
          key={`${a.group.kind}-${a.group.id}-${a.pair.from}-${a.pair.to}`}
          testId={`alert-${a.group.id}-${a.pair.from}-${a.pair.to}`}
          variant={VARIANT[a.pair.severity]}
          title={`${t.funnel.severity[a.pair.severity]} · ${t.funnel.alertTitle(a.group.name, a.pair.fromLabel, a.pair.toLabel)}`}
        >
          <Text>{t.funnel.alertBody(format.percent(a.pair.rate), format.percent(a.pair.threshold, 0))}</Text>
          <Text variant="microcopy">
            {a.pair.severity === 'info'
              ? t.funnel.tooFew(format.number(a.pair.entered, 0))
              : t.funnel.sample(
                  format.number(a.pair.entered, 0),
                  format.percent(a.pair.ci?.[0] ?? null),
                  format.percent(a.pair.ci?.[1] ?? null),
                )}
          </Text>
          <TaskLink url={a.taskId === null ? null : taskUrl(uiDomain, portalId, a.taskId)} label={t.funnel.openTask} />
        </Alert>
      ))}
    </Flex>
  );
}
