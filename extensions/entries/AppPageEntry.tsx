import { hubspot } from '@hubspot/ui-extensions';
import { defaultClient } from '../client/defaultClient';
import { AppPage } from '../pages/AppPage';

/** The app page (`pages` location): "My scorecard" and "Funnel health". */
hubspot.extend<'pages'>(({ context }) => <AppPage client={defaultClient(context.user)} locale={context.user.locale} portalId={context.portal.id} />);
