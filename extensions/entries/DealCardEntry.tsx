import { hubspot } from '@hubspot/ui-extensions';
import { DealCard } from '../cards/DealCard';
import { defaultClient } from '../client/defaultClient';

/** crm.record.sidebar on deals. */
hubspot.extend<'crm.record.sidebar'>(({ context }) => (
  <DealCard client={defaultClient(context.user)} dealId={String(context.crm.objectId)} locale={context.user.locale} />
));
