import { ENDPOINTS } from '../../extensions/client/endpoints';
import { BACKEND_ROUTES } from '../../src/server/backendRoutes';
import { surfaceBudgetMs } from '../../src/handlers/contracts/surfaceTimeouts';

describe('BACKEND_ROUTES', () => {
  it("serves exactly the cards' endpoint table: same methods, same paths", () => {
    const served = BACKEND_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    const called = Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path}`).sort();
    expect(served).toEqual(called);
  });

  it('gives each route the budget of the surface whose endpoint it serves, under the card’s own timeout', () => {
    for (const route of BACKEND_ROUTES) {
      const endpoint = ENDPOINTS[route.surface];
      expect({ route: route.path, endpoint: `${endpoint.method} ${endpoint.path}` }).toEqual({ route: route.path, endpoint: `${route.method.toUpperCase()} ${route.path}` });
      expect(surfaceBudgetMs(route.surface)).toBeLessThan(endpoint.timeoutMs);
      expect(surfaceBudgetMs(route.surface)).toBeGreaterThan(endpoint.timeoutMs / 2);
    }
  });

  it('has no route twice', () => {
    const keys = BACKEND_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
