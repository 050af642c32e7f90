import { hubspot } from '@hubspot/ui-extensions';
import { defaultClient } from '../client/defaultClient';
import { SettingsPage } from '../settings/SettingsPage';

/** The app's settings page (`settings` location), for admins. */
hubspot.extend<'settings'>(({ context }) => <SettingsPage client={defaultClient(context.user)} locale={context.user.locale} />);
