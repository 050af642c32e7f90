import { Divider, EmptyState, Flex, Text } from '@hubspot/ui-extensions';
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

/** The deal sidebar card (crm.record.sidebar on deals): the deal's health and what closing it is worth. */
export function DealCard({ client, dealId, locale }: DealCardProps) {
  const i18n = useI18n(locale);
  const { t } = i18n;
  const { state, reload } = useDealKpis(client, dealId);
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
