import { Divider, EmptyState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { useCrmProperties } from '@hubspot/ui-extensions/crm';
import { dealCardProperties } from '../../src/domain/dealProperties';
import type { KpiClient } from '../client/kpiClient';
import { DataAsOf } from '../components/DataAsOf';
import { RemoteView } from '../components/RemoteView';
import { SettingsFallbackNotice } from '../components/SettingsFallbackNotice';
import { useDealKpis } from '../hooks/useDealKpis';
import { useI18n } from '../i18n/useI18n';
import { DealStage } from './deal/DealStage';
import { OwnerImpact } from './deal/OwnerImpact';
import { WinChance } from './deal/WinChance';

export interface DealCardProps {
  client: KpiClient;
  dealId: string;
  /** `context.user.locale`. */
  locale?: string;
}

/**
 * The deal sidebar card (crm.record.sidebar on deals): the deal's health and what closing it is
 * worth. It first learns the deal's stage from the record page (no CRM request), so that the
 * call can ask HubSpot to send the deal's own properties with it, the stage's entry time
 * included; when the page cannot tell, the function reads the deal itself.
 */
export function DealCard(props: DealCardProps) {
  const { t } = useI18n(props.locale);
  const { properties, isLoading, error } = useCrmProperties(['dealstage']);
  if (isLoading) return <LoadingSpinner label={t.common.loading} showLabel layout="centered" testId="loading" />;
  const stageId = error === null ? (properties.dealstage ?? null) : null;
  return <DealCardBody {...props} propertiesToSend={dealCardProperties(stageId)} />;
}

function DealCardBody({ client, dealId, locale, propertiesToSend }: DealCardProps & { propertiesToSend: string[] }) {
  const i18n = useI18n(locale);
  const { t } = i18n;
  const { state, reload } = useDealKpis(client, dealId, { propertiesToSend });
  return (
    <RemoteView state={state} onRetry={reload} t={t}>
      {(data) =>
        data.deal.stageId === null && data.owner === null ? (
          <EmptyState title={t.deal.emptyTitle} imageName="deals" layout="vertical" testId="empty">
            <Text>{t.deal.emptyBody}</Text>
          </EmptyState>
        ) : (
          <Flex direction="column" gap="sm">
            <SettingsFallbackNotice fallback={data.settingsFallback} t={t} />
            <DealStage data={data} i18n={i18n} />
            {data.deal.outcome === 'open' || data.deal.outcome === null ? <WinChance winChance={data.health.winChance} i18n={i18n} /> : null}
            <Divider />
            {data.owner !== null && data.impactHidden ? (
              <Text testId="impact-hidden">{t.deal.impactHidden(data.owner.name)}</Text>
            ) : data.owner === null || data.impact === null ? (
              <Text testId="no-owner">{t.deal.noOwner}</Text>
            ) : (
              <OwnerImpact
                impact={data.impact}
                ownerName={data.owner.name}
                open={data.deal.outcome !== 'won' && data.deal.outcome !== 'lost'}
                currency={data.currency}
                i18n={i18n}
              />
            )}
            <DataAsOf iso={data.dataAsOf} i18n={i18n} />
          </Flex>
        )
      }
    </RemoteView>
  );
}
