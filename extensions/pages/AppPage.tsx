import { Tab, Tabs } from '@hubspot/ui-extensions';
import { useState } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import type { KpiClient } from '../client/kpiClient';
import { useI18n } from '../i18n/useI18n';
import { FunnelHealthView } from './FunnelHealthView';
import { ScoreEntryView } from './ScoreEntryView';
import { TeamView } from './TeamView';

export type AppPageView = 'mine' | 'team' | 'scores' | 'funnel';

const VIEWS: readonly AppPageView[] = ['mine', 'team', 'scores', 'funnel'];

export interface AppPageProps {
  client: KpiClient;
  locale?: string;
  /** `context.portal.id`, for links to the tasks the alert scan creates. */
  portalId: number;
  initialView?: AppPageView;
}

/**
 * The app page: "My scorecard" for everyone; the team side by side and funnel health for
 * managers and directors; score entry (a rep's self-assessment, a manager's scores, an
 * admin's import). Only the selected view is mounted, so a rep never loads the team or funnel.
 */
export function AppPage({ client, locale, portalId, initialView = 'mine' }: AppPageProps) {
  const i18n = useI18n(locale);
  const [view, setView] = useState<AppPageView>(initialView);
  return (
    <Tabs selected={view} onSelectedChange={(id: string | number) => setView(VIEWS.find((v) => v === id) ?? 'mine')} testId="views">
      <Tab tabId="mine" title={i18n.t.app.myScorecard}>
        {view === 'mine' ? <OwnerScorecard client={client} locale={locale} /> : null}
      </Tab>
      <Tab tabId="team" title={i18n.t.app.team}>
        {view === 'team' ? <TeamView client={client} locale={locale} i18n={i18n} /> : null}
      </Tab>
      <Tab tabId="scores" title={i18n.t.app.scores}>
        {view === 'scores' ? <ScoreEntryView client={client} i18n={i18n} /> : null}
      </Tab>
      <Tab tabId="funnel" title={i18n.t.app.funnelHealth}>
        {view === 'funnel' ? <FunnelHealthView client={client} portalId={portalId} i18n={i18n} /> : null}
      </Tab>
    </Tabs>
  );
}
