import { ENDPOINTS } from '../../extensions/client/endpoints';
import { BACKEND_ROUTES } from '../../src/server/backendRoutes';

describe('BACKEND_ROUTES', () => {
  it("serves exactly the cards' endpoint table: same methods, same paths", () => {
    const served = BACKEND_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    const called = Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path}`).sort();
    expect(served).toEqual(called);
  });

  it('has no route twice', () => {
    const keys = BACKEND_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
