import type { HostProps } from './hostProps';
import { testIdOf } from './hostProps';

/**
 * Any component the preview has no rendering for: a labelled outline that still renders its
 * children, so an extension using a new component shows up instead of crashing the host
 * (remote-ui's controller throws on an unknown name).
 */
export function unmappedComponent(name: string) {
  function Unmapped(props: HostProps) {
    return (
      <div {...testIdOf(props)} className="hs-unmapped" data-component={name}>
        <span className="hs-unmapped__name">{name}</span>
        {props.children}
      </div>
    );
  }
  Unmapped.displayName = `Unmapped(${name})`;
  return Unmapped;
}
