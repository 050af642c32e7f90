import { LoadingSpinner, Tab, Tabs } from '@hubspot/ui-extensions';
import { useState } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import type { KpiClient } from '../client/kpiClient';
import { useViewerContext } from '../hooks/useViewerContext';
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
 * The app page: "My scorecard" for everyone with an owner record; the team side by side and
 * funnel health for managers, directors and admins; score entry (a rep's self-assessment, a
 * manager's scores, an admin's import). Each role sees the tabs it may use (viewerContext);
 * if that cannot be asked, every tab shows and the handlers still refuse what is not theirs.
 * Only the selected view is mounted, so a rep never loads the team or the funnel.
 */
export function AppPage({ client, locale, portalId, initialView = 'mine' }: AppPageProps) {
  const i18n = useI18n(locale);
  const viewer = useViewerContext(client);
  const [chosen, setView] = useState<AppPageView>(initialView);
  if (viewer.state.status === 'loading') return <LoadingSpinner label={i18n.t.common.loading} showLabel layout="centered" testId="loading" />;
  const allowed = viewer.state.status === 'ready' ? VIEWS.filter((v) => viewer.state.status === 'ready' && viewer.state.data.views[v]) : VIEWS;
  const view = allowed.includes(chosen) ? chosen : (allowed[0] ?? 'mine');
  const tabs: Record<AppPageView, { title: string; body: () => JSX.Element }> = {
    mine: { title: i18n.t.app.myScorecard, body: () => <OwnerScorecard client={client} locale={locale} portalId={portalId} /> },
    team: { title: i18n.t.app.team, body: () => <TeamView client={client} locale={locale} i18n={i18n} /> },
    scores: { title: i18n.t.app.scores, body: () => <ScoreEntryView client={client} i18n={i18n} /> },
    funnel: { title: i18n.t.app.funnelHealth, body: () => <FunnelHealthView client={client} portalId={portalId} i18n={i18n} /> },
  };
  return (
    <Tabs selected={view} onSelectedChange={(id: string | number) => setView(VIEWS.find((v) => v === id) ?? 'mine')} testId="views">
      {allowed.map((v) => (
        <Tab key={v} tabId={v} title={tabs[v].title}>
          {view === v ? tabs[v].body() : null}
        </Tab>
      ))}
    </Tabs>
  );
}
