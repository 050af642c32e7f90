import { isEmulatorPath } from '../../src/preview/previewServer';

describe('isEmulatorPath', () => {
  it('sends HubSpot API paths to the emulator and everything else to the app', () => {
    expect(isEmulatorPath('/crm/v3/objects/deals/search')).toBe(true);
    expect(isEmulatorPath('/settings/v3/users/51000002')).toBe(true);
    expect(isEmulatorPath('/account-info/v3/details')).toBe(true);
    expect(isEmulatorPath('/api/v1/settings')).toBe(false);
    expect(isEmulatorPath('/preview/api/session')).toBe(false);
    expect(isEmulatorPath('/')).toBe(false);
    expect(isEmulatorPath('/crmish')).toBe(false);
  });
});
