/**
 * How many requests reached the emulator, in all and per route template (e.g.
 * `POST /crm/v3/objects/{objectType}/search`); the bench reads it to count API calls per
 * surface. Every request counts, refused ones (401, 429, faults) included, as HubSpot's
 * own usage counters do.
 */
export interface RequestStats {
  readonly requests: number;
  readonly byRoute: Readonly<Record<string, number>>;
  reset(): void;
}

export interface RequestCounter extends RequestStats {
  count(route: string): void;
}

export function createRequestCounter(): RequestCounter {
  let requests = 0;
  let byRoute: Record<string, number> = {};
  return {
    get requests() {
      return requests;
    },
    get byRoute() {
      return byRoute;
    },
    count(route: string) {
      requests += 1;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    },
    reset() {
      requests = 0;
      byRoute = {};
    },
  };
}
