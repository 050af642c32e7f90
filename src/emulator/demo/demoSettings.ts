import type { Settings } from '../../settings/settingsSchema';
import { defaultSettings } from '../../settings/defaultSettings';
import { DEMO_TIER_PROPERTY } from './demoCustomers';
import { DEMO_ADMIN_USER_ID, DEMO_DIRECTOR_OWNER_ID, DEMO_TEAM_PLAN, demoManagerOwnerId } from './demoRoster';

/**
 * Settings that go with every demo portal: the defaults plus what HubSpot does not say
 * (kpi-spec §2: a team's manager is configured in settings), who the director is and which
 * user administers the app, tier A companies as key accounts and the cloud product line as
 * strategic. Quotas come from the snapshot's goals, so none are set here.
 */
export function demoSettings(): Settings {
  return {
    ...defaultSettings(),
    teams: DEMO_TEAM_PLAN.map((plan, t) => ({ teamId: plan.id, managerOwnerIds: [demoManagerOwnerId(t)] })),
    directorOwnerIds: [DEMO_DIRECTOR_OWNER_ID],
    adminUserIds: [DEMO_ADMIN_USER_ID],
    keyAccounts: { property: DEMO_TIER_PROPERTY, values: ['A'] },
    strategicProducts: { productIds: [], property: 'product_line', values: ['cloud'] },
  };
}
