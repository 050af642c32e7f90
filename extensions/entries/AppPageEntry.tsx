import { hubspot } from '@hubspot/ui-extensions';
import { defaultClient } from '../client/defaultClient';
import { AppPage } from '../pages/AppPage';

/** The app page (a `page` component, routed inside by createPageRouter): "My scorecard" and "Funnel health". */
hubspot.extend<'pages'>(({ context, actions }) => (
  <AppPage client={defaultClient(context.user)} locale={context.user.locale} portalId={context.portal.id} navigateToPage={actions.navigateToPage} />
));
