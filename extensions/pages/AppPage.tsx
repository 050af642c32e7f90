import { Tab, Tabs } from '@hubspot/ui-extensions';
import { useState } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import type { KpiClient } from '../client/kpiClient';
import { useI18n } from '../i18n/useI18n';
import { FunnelHealthView } from './FunnelHealthView';

export type AppPageView = 'mine' | 'funnel';

export interface AppPageProps {
  client: KpiClient;
  locale?: string;
  /** `context.portal.id`, for links to the tasks the alert scan creates. */
  portalId: number;
  initialView?: AppPageView;
}

/**
 * The app page: "My scorecard" for everyone, "Funnel health" for managers and directors.
 * Only the selected view is mounted, so a rep never loads the funnel (and never sees it fail).
 */
export function AppPage({ client, locale, portalId, initialView = 'mine' }: AppPageProps) {
  const i18n = useI18n(locale);
  const [view, setView] = useState<AppPageView>(initialView);
  return (
    <Tabs selected={view} onSelectedChange={(id: string | number) => setView(id === 'funnel' ? 'funnel' : 'mine')} testId="views">
      <Tab tabId="mine" title={i18n.t.app.myScorecard}>
        {view === 'mine' ? <OwnerScorecard client={client} locale={locale} portalId={portalId} /> : null}
      </Tab>
      <Tab tabId="funnel" title={i18n.t.app.funnelHealth}>
        {view === 'funnel' ? <FunnelHealthView client={client} portalId={portalId} i18n={i18n} /> : null}
      </Tab>
    </Tabs>
  );
}
