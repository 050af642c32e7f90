import { Alert, Flex, Link, List, LoadingButton, Text } from '@hubspot/ui-extensions';
import type { ScanAlertsInput } from '../../../src/handlers/contracts/scanAlerts';
import type { KpiClient } from '../../client/kpiClient';
import { useAlertScan } from '../../hooks/useAlertScan';
import type { I18n } from '../../i18n/useI18n';
import { taskUrl } from './taskUrl';

/** "Scan alerts": creates a HubSpot task per alert for the team's manager and lists them. */
export function AlertScan(props: { client: KpiClient; input: ScanAlertsInput; portalId: number; i18n: I18n }) {
  const { client, input, portalId, i18n } = props;
  const { t, format } = i18n;
  const { scan, run } = useAlertScan(client);
  return (
    <Flex direction="column" gap="sm">
      <LoadingButton testId="scan" loading={scan.status === 'running'} onClick={() => run(input)} variant="secondary">
        {scan.status === 'running' ? t.funnel.scanning : t.funnel.scan}
      </LoadingButton>
      {scan.status === 'error' ? (
        <Alert title={t.funnel.scanFailed} variant="danger" testId="scan-error">
          {scan.error.message}
        </Alert>
      ) : null}
      {scan.status === 'done' ? (
        <Flex direction="column" gap="xs" testId="scan-result">
          <Text>
            {t.funnel.scanResult(
              format.number(scan.result.created, 0),
              format.number(scan.result.updated, 0),
              format.number(scan.result.resolved, 0),
            )}
          </Text>
          {scan.result.tasks.length === 0 ? null : (
            <>
              <Text format={{ fontWeight: 'demibold' }}>{t.funnel.tasksTitle}</Text>
              <List variant="unordered">
                {scan.result.tasks.map((task) => {
                  const url = taskUrl(scan.result.uiDomain, portalId, task.id);
                  return url === null ? (
                    <Text key={task.id} testId={`task-${task.id}`}>
                      {task.subject}
                    </Text>
                  ) : (
                    <Link key={task.id} testId={`task-${task.id}`} href={{ url, external: true }}>
                      {task.subject}
                    </Link>
                  );
                })}
              </List>
            </>
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}
