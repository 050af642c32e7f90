import { EmptyState, LoadingSpinner, Tab, Tabs, Text } from '@hubspot/ui-extensions';
import { createPageRouter, PageRoutes, usePageRoute } from '@hubspot/ui-extensions/pages';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import type { KpiClient } from '../client/kpiClient';
import { useViewerContext } from '../hooks/useViewerContext';
import { useI18n } from '../i18n/useI18n';
import { FunnelHealthView } from './FunnelHealthView';
import { ReportsView } from './ReportsView';
import { ScoreEntryView } from './ScoreEntryView';
import { SegmentsView } from './SegmentsView';
import { TeamView } from './TeamView';

export interface AppPageProps {
  client: KpiClient;
  locale?: string;
  /** `context.portal.id`, for links to the tasks the alert scan creates. */
  portalId: number;
  /** `actions.navigateToPage`: moves the page to another of its routes. */
  navigateToPage: (options: { to: string }) => void;
}

/** The app page's routes (design.md "HubSpot facts": routing inside the page with createPageRouter). */
export const APP_PAGE_ROUTES = { mine: '/', team: '/team', scores: '/scores', funnel: '/funnel', segments: '/segments', reports: '/reports' } as const;
export type AppPageView = keyof typeof APP_PAGE_ROUTES;
const VIEWS: readonly AppPageView[] = ['mine', 'team', 'scores', 'funnel', 'segments', 'reports'];

/** Route components take no props (PageRoutes), so what the entry was given reaches them through context. */
const AppPageInputs = createContext<AppPageProps | null>(null);

function useAppPageInputs(): AppPageProps {
  const inputs = useContext(AppPageInputs);
  if (inputs === null) throw new Error('an app page route rendered outside AppPage');
  return inputs;
}

const viewOfRoute = (routeId: string | undefined): AppPageView | null => VIEWS.find((v) => v === routeId) ?? null;

/**
 * The views as tabs, each role seeing the ones it may use (viewerContext; if that cannot be
 * asked, every tab shows and the handlers still refuse what is not theirs). Choosing a tab
 * navigates to its route, so the URL names the view and a link can open it; only the route's
 * view is mounted, so a rep never loads the team or the funnel.
 */
function AppPageLayout({ children }: { children: ReactNode }) {
  const { client, locale, navigateToPage } = useAppPageInputs();
  const { t } = useI18n(locale);
  const viewer = useViewerContext(client);
  const view = viewOfRoute(usePageRoute().routeId);
  if (view === null) return <>{children}</>;
  if (viewer.state.status === 'loading') return <LoadingSpinner label={t.common.loading} showLabel layout="centered" testId="loading" />;
  const ready = viewer.state.status === 'ready' ? viewer.state.data : null;
  const shown = VIEWS.filter((v) => ready === null || ready.views[v]);
  // A route this viewer may not use (an old link, a typed URL) opens My scorecard instead.
  const current = shown.includes(view) ? view : 'mine';
  const titles: Record<AppPageView, string> = { mine: t.app.myScorecard, team: t.app.team, scores: t.app.scores, funnel: t.app.funnelHealth, segments: t.app.segments, reports: t.app.reports };
  return (
    <Tabs selected={current} onSelectedChange={(id: string | number) => navigateToPage({ to: APP_PAGE_ROUTES[VIEWS.find((v) => v === id) ?? 'mine'] })} testId="views">
      {shown.map((v) => (
        <Tab key={v} tabId={v} title={titles[v]}>
          {current === v ? current === view ? children : <MyScorecardRoute /> : null}
        </Tab>
      ))}
    </Tabs>
  );
}

function MyScorecardRoute() {
  const { client, locale, portalId } = useAppPageInputs();
  return <OwnerScorecard client={client} locale={locale} portalId={portalId} />;
}

function TeamRoute() {
  const { client, locale } = useAppPageInputs();
  return <TeamView client={client} locale={locale} i18n={useI18n(locale)} />;
}

function ScoresRoute() {
  const { client, locale } = useAppPageInputs();
  return <ScoreEntryView client={client} i18n={useI18n(locale)} />;
}

function FunnelHealthRoute() {
  const { client, locale, portalId } = useAppPageInputs();
  return <FunnelHealthView client={client} portalId={portalId} i18n={useI18n(locale)} />;
}

function SegmentsRoute() {
  const { client, locale } = useAppPageInputs();
  return <SegmentsView client={client} i18n={useI18n(locale)} />;
}

function ReportsRoute() {
  const { client, locale } = useAppPageInputs();
  return <ReportsView client={client} i18n={useI18n(locale)} />;
}

function NotFoundRoute() {
  const { t } = useI18n(useAppPageInputs().locale);
  return (
    <EmptyState title={t.app.notFoundTitle} layout="vertical" testId="page-not-found">
      <Text>{t.app.notFoundBody}</Text>
    </EmptyState>
  );
}

const AppPageRouter = createPageRouter(
  <PageRoutes layoutComponent={AppPageLayout}>
    <PageRoutes.IndexRoute id="mine" component={MyScorecardRoute} />
    <PageRoutes.Route id="team" path={APP_PAGE_ROUTES.team} component={TeamRoute} />
    <PageRoutes.Route id="scores" path={APP_PAGE_ROUTES.scores} component={ScoresRoute} />
    <PageRoutes.Route id="funnel" path={APP_PAGE_ROUTES.funnel} component={FunnelHealthRoute} />
    <PageRoutes.Route id="segments" path={APP_PAGE_ROUTES.segments} component={SegmentsRoute} />
    <PageRoutes.Route id="reports" path={APP_PAGE_ROUTES.reports} component={ReportsRoute} />
    <PageRoutes.AnyRoute component={NotFoundRoute} />
  </PageRoutes>,
);

/**
 * The app page: "My scorecard" (`/`) for everyone with an owner record; the team side by side
 * (`/team`) and funnel health (`/funnel`) for managers, directors and admins; score entry
 * (`/scores`: a rep's self-assessment, a manager's scores, an admin's import); segments
 * (`/segments`) and the reports' preview (`/reports`) for managers, directors and admins.
 */
export function AppPage(props: AppPageProps) {
  return (
    <AppPageInputs.Provider value={props}>
      <AppPageRouter />
    </AppPageInputs.Provider>
  );
}
