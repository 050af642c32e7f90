import fc from 'fast-check';
import type { UrlState } from '../../../src/preview/browser/previewUrl';
import { readUrlState, writeUrlState } from '../../../src/preview/browser/previewUrl';

describe('the preview URL', () => {
  it('opens as an English rep’s deal record when nothing is chosen', () => {
    expect(readUrlState('')).toEqual({ user: null, lang: 'en-US', view: 'record', type: 'deals', record: null });
  });

  it('ignores values it does not know instead of passing them on', () => {
    expect(readUrlState('?user=abc&lang=fr&view=admin&type=tickets&record=42')).toEqual({ user: null, lang: 'en-US', view: 'record', type: 'deals', record: '42' });
  });

  it('reads back what it wrote', () => {
    const state: fc.Arbitrary<UrlState> = fc.record({
      user: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 2 ** 40 })),
      lang: fc.constantFrom('en-US', 'zh-CN'),
      view: fc.constantFrom('record', 'page', 'settings', 'tasks'),
      type: fc.constantFrom('deals', 'companies', 'contacts'),
      record: fc.oneof(fc.constant(null), fc.stringMatching(/^\d{1,15}$/)),
    });
    fc.assert(fc.property(state, (s) => expect(readUrlState(writeUrlState(s))).toEqual(s)));
  });
});
