import { hubspot } from '@hubspot/ui-extensions';
import { RecordOwnerScorecard } from '../cards/RecordOwnerScorecard';
import { defaultClient } from '../client/defaultClient';

/** crm.record.tab on deals, companies and contacts: the record owner's scorecard. */
hubspot.extend<'crm.record.tab'>(({ context }) => <RecordOwnerScorecard client={defaultClient()} locale={context.user.locale} portalId={context.portal.id} />);
