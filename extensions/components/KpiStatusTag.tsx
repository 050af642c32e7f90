import { Tag, Tooltip } from '@hubspot/ui-extensions';
import type { KpiStatus } from '../../src/kpi/kpiValue';
import type { Messages } from '../i18n/en';

/**
 * Why a KPI has no number (kpi-spec §2: unknown is never zero). 0.17 has no standalone
 * tooltip, so the reason rides in the Tag's `overlay` Tooltip, shown on hover.
 */
export function KpiStatusTag(props: { status: KpiStatus; reason: string | null; t: Messages }) {
  const { status, reason, t } = props;
  if (status === 'ok') return <Tag variant="success">{t.scorecard.statusOk}</Tag>;
  const label = { not_configured: t.scorecard.statusNotConfigured, insufficient_data: t.scorecard.statusInsufficient, not_applicable: t.scorecard.statusNotApplicable }[status];
  return (
    <Tag variant={status === 'not_configured' ? 'warning' : 'default'} overlay={reason === null ? undefined : <Tooltip>{reason}</Tooltip>}>
      {label}
    </Tag>
  );
}
