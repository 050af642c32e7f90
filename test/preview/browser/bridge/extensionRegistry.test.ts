import { extendV2, loadEntries } from '../../../../src/preview/browser/bridge/extensionRegistry';

describe('loadEntries', () => {
  it('attributes each hubspot.extend call to the entry being loaded', async () => {
    const card = () => 'card';
    const page = () => 'page';
    const entries = await loadEntries({
      card: async () => extendV2(card),
      page: async () => extendV2(page),
    });
    expect(entries.card).toBe(card);
    expect(entries.page).toBe(page);
  });

  it('fails for an entry that never calls hubspot.extend', async () => {
    await expect(loadEntries({ silent: async () => undefined })).rejects.toThrow('the silent entry did not call hubspot.extend');
  });

  it('refuses an extend call made outside any entry', () => {
    expect(() => extendV2(() => null)).toThrow('outside an entry module');
  });
});
