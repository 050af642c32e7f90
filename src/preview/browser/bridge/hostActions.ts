import { navigateToPage } from './pageLocation';

/** A notice an extension raised with `actions.addAlert`, shown by the host as a toast. */
export interface HostNotice {
  type: string;
  message: string;
}

const listeners = new Set<(notice: HostNotice) => void>();

export function onHostNotice(listener: (notice: HostNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The host actions HubSpot offers an extension. The preview implements `addAlert` (a toast)
 * and `navigateToPage` (the app page's routes, bridge/pageLocation.ts); every other action (open a modal, refresh the record…) is logged, since there is no real
 * record page behind the preview to act on.
 */
export function hostActions(): Record<string, (...args: unknown[]) => void> {
  return new Proxy({} as Record<string, (...args: unknown[]) => void>, {
    get: (_target, name) => (...args: unknown[]) => {
      if (name === 'addAlert') {
        const alert = (args[0] ?? {}) as { type?: unknown; message?: unknown };
        const notice = { type: typeof alert.type === 'string' ? alert.type : 'info', message: String(alert.message ?? '') };
        for (const listener of listeners) listener(notice);
        return;
      }
      if (name === 'navigateToPage') return navigateToPage(args[0] as { to: string; params?: Record<string, string> });
      console.info(`[preview] action ${String(name)}`, ...args);
    },
  });
}
