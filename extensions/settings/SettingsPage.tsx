import { humanErrors } from './humanFieldError';
import { Alert, Flex, Heading, LoadingButton, LoadingSpinner, Tab, Tabs, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useI18n } from '../i18n/useI18n';
import { SaveNotices } from './SaveNotices';
import { CommissionSection } from './sections/CommissionSection';
import { DataProblemsSection } from './sections/DataProblemsSection';
import { ForecastsSection } from './sections/ForecastsSection';
import { FunnelSection } from './sections/FunnelSection';
import { GradesSection } from './sections/GradesSection';
import { HistorySection } from './sections/HistorySection';
import { MappingSection } from './sections/MappingSection';
import { CustomersSection } from './sections/CustomersSection';
import { OrganisationSection } from './sections/OrganisationSection';
import { PresetsSection } from './sections/PresetsSection';
import { QuotasSection } from './sections/QuotasSection';
import { RhythmSection } from './sections/RhythmSection';
import { ScorecardsSection } from './sections/ScorecardsSection';
import { useSettingsEditor } from './useSettingsEditor';

export interface SettingsPageProps {
  client: KpiClient;
  locale?: string;
}

/** The admins' settings page (kpi-spec §6–§8), one tab per section rather than one endless form. */
export function SettingsPage({ client, locale }: SettingsPageProps) {
  const i18n = useI18n(locale);
  const { t } = i18n;
  const editor = useSettingsEditor(client);
  return (
    <RemoteView state={editor.state} onRetry={editor.reload} t={t}>
      {(loaded) => {
        const draft = editor.draft;
        if (draft === null) return <LoadingSpinner label={t.common.loading} layout="centered" />;
        const errors = humanErrors(editor.errors, draft, i18n);
        const props = { draft, update: editor.update, errors, context: loaded.context, i18n };
        const s = t.settings.sections;
        return (
          <Flex direction="column" gap="md">
            <Flex direction="row" justify="between" align="center">
              <Heading>{t.settings.title}</Heading>
              <LoadingButton testId="save" variant="primary" loading={editor.save.status === 'saving'} onClick={() => editor.submit()}>
                {t.common.save}
              </LoadingButton>
            </Flex>
            {loaded.unreadable ? <Alert title={t.settings.unreadable} variant="warning" /> : null}
            {loaded.fallback === null ? null : (
              <Alert title={t.settings.fallbackAdmin(loaded.fallback.corruptVersion, loaded.fallback.usedVersion)} variant="danger" testId="settings-fallback">
                <Text variant="microcopy">{loaded.fallback.reason}</Text>
              </Alert>
            )}
            <SaveNotices save={editor.save} errors={errors} draft={draft} context={loaded.context} onReload={editor.reload} i18n={i18n} />
            <Tabs defaultSelected="scorecards" variant="enclosed">
              <Tab tabId="scorecards" title={s.scorecards}><ScorecardsSection {...props} /></Tab>
              <Tab tabId="presets" title={s.presets}><PresetsSection {...props} /></Tab>
              <Tab tabId="funnel" title={s.funnel}><FunnelSection {...props} /></Tab>
              <Tab tabId="grades" title={s.grades}><GradesSection {...props} /></Tab>
              <Tab tabId="commission" title={s.commission}><CommissionSection {...props} /></Tab>
              <Tab tabId="mapping" title={s.mapping}><MappingSection {...props} /></Tab>
              <Tab tabId="customers" title={s.customers}><CustomersSection {...props} /></Tab>
              <Tab tabId="quotas" title={s.quotas}><QuotasSection {...props} /></Tab>
              <Tab tabId="organisation" title={s.organisation}><OrganisationSection {...props} /></Tab>
              <Tab tabId="rhythm" title={s.rhythm}><RhythmSection {...props} /></Tab>
              <Tab tabId="forecasts" title={s.forecasts}><ForecastsSection client={client} context={loaded.context} i18n={i18n} /></Tab>
              <Tab tabId="data-problems" title={s.dataProblems}><DataProblemsSection client={client} i18n={i18n} /></Tab>
              <Tab tabId="history" title={s.history}>
                <HistorySection history={loaded.history} currentVersion={loaded.version} onRestore={editor.restore}
                  busy={editor.save.status === 'saving'} i18n={i18n} />
              </Tab>
            </Tabs>
          </Flex>
        );
      }}
    </RemoteView>
  );
}
