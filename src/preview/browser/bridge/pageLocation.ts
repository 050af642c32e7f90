import { useSyncExternalStore } from 'react';

/** Where the app page is (HubSpot's AppPageLocation): its route path and the query's values. */
export interface PageLocation {
  path: string;
  params: Record<string, string>;
}

let location: PageLocation = { path: '/', params: {} };
const listeners = new Set<() => void>();

/**
 * `actions.navigateToPage({ to, params })` in the preview: HubSpot moves the app page to another
 * of its routes (the page's URL changes and its router renders the matching route); here the
 * location is kept in memory and every page rendered from it follows.
 */
export function navigateToPage(options: { to: string; params?: Record<string, string> }): void {
  location = { path: options.to, params: options.params ?? {} };
  for (const listener of listeners) listener();
}

/** `hsWorkerAPI.useAppPageLocation`, which `@hubspot/ui-extensions/pages`' router reads. */
export function useAppPageLocation(): PageLocation {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => location,
  );
}
