import type { ReactNode } from 'react';

/** What `hubspot.extend` hands HubSpot: a function from the extension API to the element to render. */
export type ExtensionRender = (api: { context: unknown; actions: unknown; runServerlessFunction: unknown }) => ReactNode;

const registered = new Map<string, ExtensionRender>();
let loading: string | null = null;

/** `extend_V2`: the entry module being loaded right now is the one that called `hubspot.extend`. */
export function extendV2(render: ExtensionRender): void {
  if (loading === null) throw new Error('hubspot.extend was called outside an entry module');
  registered.set(loading, render);
}

/**
 * Loads each entry file in turn and keeps what it registered. The entries are imported one at
 * a time (esbuild turns each `import()` into a lazy module in the one bundle), so an entry's
 * `hubspot.extend` call is attributed to it and not to whichever entry happened to load last.
 */
export async function loadEntries<K extends string>(loaders: Record<K, () => Promise<unknown>>): Promise<Record<K, ExtensionRender>> {
  const out = {} as Record<K, ExtensionRender>;
  for (const name of Object.keys(loaders) as K[]) {
    loading = name;
    try {
      await loaders[name]();
    } finally {
      loading = null;
    }
    const render = registered.get(name);
    if (render === undefined) throw new Error(`the ${name} entry did not call hubspot.extend`);
    out[name] = render;
  }
  return out;
}
