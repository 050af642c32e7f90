import { createController } from '@remote-ui/react/host';
import type { ComponentType } from 'react';
import type { HostProps } from './hostProps';
import { unmappedComponent } from './UnmappedComponent';

export type HostController = ReturnType<typeof createController>;

/**
 * remote-ui's controller over the component map, with `get` widened to a fallback: the
 * renderer asks `controller.get(type)` for every node, so one override covers every depth.
 * Fallbacks are made once per name so React keeps their state across renders.
 */
export function createHostController(components: Record<string, ComponentType<HostProps>>): HostController {
  const base = createController(components as Parameters<typeof createController>[0]);
  const fallbacks = new Map<string, ComponentType<HostProps>>();
  const fallbackFor = (type: string): ComponentType<HostProps> => {
    let found = fallbacks.get(type);
    if (found === undefined) {
      found = unmappedComponent(type);
      fallbacks.set(type, found);
    }
    return found;
  };
  return {
    ...base,
    get: (type) => (components[type as string] ?? fallbackFor(String(type))) as ReturnType<HostController['get']>,
  };
}
