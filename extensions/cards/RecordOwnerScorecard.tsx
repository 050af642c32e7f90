import { EmptyState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { useCrmProperties } from '@hubspot/ui-extensions/crm';
import type { KpiClient } from '../client/kpiClient';
import { ErrorView } from '../components/ErrorView';
import { useI18n } from '../i18n/useI18n';
import { OwnerScorecard } from './OwnerScorecard';

/**
 * The scorecard tab on deals, companies and contacts: HubSpot has no owner record page
 * (design.md), so the tab shows the scorecard of the record's owner (`hubspot_owner_id`).
 */
export function RecordOwnerScorecard({ client, locale, portalId }: { client: KpiClient; locale?: string; portalId?: number }) {
  const { t } = useI18n(locale);
  const { properties, isLoading, error, refetch } = useCrmProperties(['hubspot_owner_id']);
  if (isLoading) return <LoadingSpinner label={t.common.loading} showLabel layout="centered" testId="loading" />;
  if (error !== null) return <ErrorView error={{ code: 'crm_unavailable', message: error.message }} onRetry={() => void refetch()} t={t} />;
  const ownerId = properties.hubspot_owner_id;
  if (ownerId === null || ownerId === undefined || ownerId === '') {
    return (
      <EmptyState title={t.scorecard.emptyTitle} imageName="contacts" layout="vertical" testId="no-owner">
        <Text>{t.scorecard.recordNoOwner}</Text>
      </EmptyState>
    );
  }
  return <OwnerScorecard client={client} ownerId={ownerId} locale={locale} portalId={portalId} />;
}
