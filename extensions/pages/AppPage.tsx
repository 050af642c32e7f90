import { EmptyState, Tab, Tabs, Text } from '@hubspot/ui-extensions';
import { createPageRouter, PageRoutes, usePageRoute } from '@hubspot/ui-extensions/pages';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import type { KpiClient } from '../client/kpiClient';
import { useI18n } from '../i18n/useI18n';
import { FunnelHealthView } from './FunnelHealthView';

export interface AppPageProps {
  client: KpiClient;
  locale?: string;
  /** `context.portal.id`, for links to the tasks the alert scan creates. */
  portalId: number;
  /** `actions.navigateToPage`: moves the page to another of its routes. */
  navigateToPage: (options: { to: string }) => void;
}

/** The app page's routes (design.md "HubSpot facts": routing inside the page with createPageRouter). */
export const APP_PAGE_ROUTES = { mine: '/', funnel: '/funnel' } as const;
type View = keyof typeof APP_PAGE_ROUTES;

/** Route components take no props (PageRoutes), so what the entry was given reaches them through context. */
const AppPageInputs = createContext<AppPageProps | null>(null);

function useAppPageInputs(): AppPageProps {
  const inputs = useContext(AppPageInputs);
  if (inputs === null) throw new Error('an app page route rendered outside AppPage');
  return inputs;
}

const viewOfRoute = (routeId: string | undefined): View | null => (routeId === 'funnel' ? 'funnel' : routeId === 'mine' ? 'mine' : null);

/** The views as tabs; choosing one navigates to its route, so the URL names the view and a link can open it. */
function AppPageLayout({ children }: { children: ReactNode }) {
  const { locale, navigateToPage } = useAppPageInputs();
  const { t } = useI18n(locale);
  const view = viewOfRoute(usePageRoute().routeId);
  if (view === null) return <>{children}</>;
  return (
    <Tabs selected={view} onSelectedChange={(id: string | number) => navigateToPage({ to: APP_PAGE_ROUTES[id === 'funnel' ? 'funnel' : 'mine'] })} testId="views">
      <Tab tabId="mine" title={t.app.myScorecard}>
        {view === 'mine' ? children : null}
      </Tab>
      <Tab tabId="funnel" title={t.app.funnelHealth}>
        {view === 'funnel' ? children : null}
      </Tab>
    </Tabs>
  );
}

function MyScorecardRoute() {
  const { client, locale, portalId } = useAppPageInputs();
  return <OwnerScorecard client={client} locale={locale} portalId={portalId} />;
}

function FunnelHealthRoute() {
  const { client, locale, portalId } = useAppPageInputs();
  return <FunnelHealthView client={client} portalId={portalId} i18n={useI18n(locale)} />;
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
    <PageRoutes.Route id="funnel" path={APP_PAGE_ROUTES.funnel} component={FunnelHealthRoute} />
    <PageRoutes.AnyRoute component={NotFoundRoute} />
  </PageRoutes>,
);

/**
 * The app page: "My scorecard" for everyone (`/`), "Funnel health" for managers and directors
 * (`/funnel`). Only the route's view is mounted, so a rep never loads the funnel.
 */
export function AppPage(props: AppPageProps) {
  return (
    <AppPageInputs.Provider value={props}>
      <AppPageRouter />
    </AppPageInputs.Provider>
  );
}
