import { useState } from 'react';
import type { HostProps } from './hostProps';
import { bool, call, cx, str, testIdOf } from './hostProps';

/** HubSpot's spacing scale (Flex `gap`, Divider `distance`) in pixels. */
const SPACE: Record<string, number> = { flush: 0, 'extra-small': 4, xs: 4, small: 8, sm: 8, medium: 16, md: 16, large: 24, lg: 24, 'extra-large': 32, xl: 32 };
const JUSTIFY: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', around: 'space-around', between: 'space-between' };
const ALIGN: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };

export function Flex(props: HostProps) {
  const direction = str(props.direction) === 'column' ? 'column' : 'row';
  const wrap = props.wrap === true || props.wrap === 'wrap';
  return (
    <div
      {...testIdOf(props)}
      className="hs-flex"
      style={{
        flexDirection: direction,
        flexWrap: wrap ? 'wrap' : 'nowrap',
        gap: SPACE[str(props.gap) ?? 'flush'] ?? 0,
        justifyContent: JUSTIFY[str(props.justify) ?? 'start'],
        alignItems: ALIGN[str(props.align) ?? (direction === 'row' ? 'stretch' : 'stretch')],
      }}
    >
      {props.children}
    </div>
  );
}

export function Box(props: HostProps) {
  const flex = props.flex;
  return (
    <div {...testIdOf(props)} style={{ flex: typeof flex === 'number' || typeof flex === 'string' ? String(flex) : undefined, alignSelf: ALIGN[str(props.alignSelf) ?? ''] }}>
      {props.children}
    </div>
  );
}

export function Divider(props: HostProps) {
  const distance = SPACE[str(props.distance) ?? 'small'] ?? 8;
  return <hr {...testIdOf(props)} className="hs-divider" style={{ margin: `${distance}px 0` }} />;
}

export function Spacer(props: HostProps) {
  return <div {...testIdOf(props)} style={{ height: SPACE[str(props.size) ?? 'medium'] ?? 16 }} />;
}

export function Tile(props: HostProps) {
  return (
    <div {...testIdOf(props)} className={cx('hs-tile', bool(props.compact) && 'hs-tile--compact', bool(props.flush) && 'hs-tile--flush')}>
      {props.children}
    </div>
  );
}

export function Card(props: HostProps) {
  return (
    <div {...testIdOf(props)} className="hs-tile">
      {props.children}
    </div>
  );
}

/** Open state is the host's (HubSpot keeps it too); `open` controls it when the card passes one. */
export function Accordion(props: HostProps) {
  const [localOpen, setOpen] = useState(bool(props.defaultOpen));
  const open = typeof props.open === 'boolean' ? props.open : localOpen;
  return (
    <div {...testIdOf(props)} className={cx('hs-accordion', open && 'hs-accordion--open')}>
      <button
        type="button"
        className="hs-accordion__title"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          call(props.onClick);
        }}
      >
        <span className="hs-accordion__chevron">{open ? '▾' : '▸'}</span>
        {str(props.title)}
      </button>
      {open ? <div className="hs-accordion__body">{props.children}</div> : null}
    </div>
  );
}
