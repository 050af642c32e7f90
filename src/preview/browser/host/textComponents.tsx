import type { CSSProperties, ReactNode } from 'react';
import { Children } from 'react';
import type { HostProps } from './hostProps';
import { bool, call, cx, str, testIdOf } from './hostProps';

interface TextFormat {
  fontWeight?: string;
  italic?: boolean;
  lineDecoration?: string;
}

function formatStyle(format: unknown): CSSProperties {
  if (typeof format !== 'object' || format === null) return {};
  const f = format as TextFormat;
  const weight = f.fontWeight === 'bold' ? 700 : f.fontWeight === 'demibold' ? 600 : undefined;
  const decoration = f.lineDecoration === 'strikethrough' ? 'line-through' : f.lineDecoration === 'underline' ? 'underline' : undefined;
  return { fontWeight: weight, fontStyle: f.italic === true ? 'italic' : undefined, textDecoration: decoration };
}

export function Text(props: HostProps) {
  const Tag = bool(props.inline) ? 'span' : 'p';
  return (
    <Tag {...testIdOf(props)} className={cx('hs-text', str(props.variant) === 'microcopy' && 'hs-text--micro', bool(props.truncate) && 'hs-text--truncate')} style={formatStyle(props.format)}>
      {props.children}
    </Tag>
  );
}

export function Heading(props: HostProps) {
  return (
    <h3 {...testIdOf(props)} className={cx('hs-heading', bool(props.inline) && 'hs-heading--inline')}>
      {props.children}
    </h3>
  );
}

function hrefOf(href: unknown): { url?: string; external: boolean } {
  if (typeof href === 'string') return { url: href, external: false };
  if (typeof href === 'object' && href !== null) {
    const h = href as { url?: unknown; external?: unknown };
    return { url: typeof h.url === 'string' ? h.url : undefined, external: h.external === true };
  }
  return { external: false };
}

export function Link(props: HostProps) {
  const { url, external } = hrefOf(props.href);
  return (
    <a
      {...testIdOf(props)}
      className="hs-link"
      href={url ?? '#'}
      target={external ? '_blank' : undefined}
      rel={external ? 'noreferrer' : undefined}
      onClick={(event) => {
        if (url === undefined || bool(props.preventDefault)) event.preventDefault();
        call(props.onClick);
      }}
    >
      {props.children}
      {external ? <span className="hs-link__external"> ↗</span> : null}
    </a>
  );
}

export function List(props: HostProps) {
  const variant = str(props.variant) ?? 'unordered';
  const items = Children.toArray(props.children).map((child, i) => <li key={i}>{child}</li>);
  if (variant === 'ordered' || variant === 'ordered-styled') return <ol {...testIdOf(props)} className="hs-list">{items}</ol>;
  return <ul {...testIdOf(props)} className={cx('hs-list', variant === 'inline' && 'hs-list--inline', variant === 'unordered' && 'hs-list--plain')}>{items}</ul>;
}

/** An element with an `overlay` (a Tooltip fragment): shown on hover, as HubSpot does. */
function WithOverlay({ overlay, children }: { overlay: unknown; children: ReactNode }) {
  if (overlay === undefined || overlay === null) return <>{children}</>;
  return (
    <span className="hs-overlay">
      {children}
      <span className="hs-overlay__popup" role="tooltip">
        {overlay as ReactNode}
      </span>
    </span>
  );
}

export function Tag(props: HostProps) {
  const variant = str(props.variant) ?? 'default';
  return (
    <WithOverlay overlay={props.overlay}>
      <span {...testIdOf(props)} className={cx('hs-tag', `hs-tag--${variant}`, typeof props.onClick === 'function' && 'hs-tag--clickable')} onClick={() => call(props.onClick)}>
        {props.children}
      </span>
    </WithOverlay>
  );
}

export function StatusTag(props: HostProps) {
  const variant = str(props.variant) ?? 'default';
  return (
    <WithOverlay overlay={props.overlay}>
      <span {...testIdOf(props)} className={cx('hs-status', bool(props.hollow) && 'hs-status--hollow')}>
        <span className={cx('hs-status__dot', `hs-status__dot--${variant}`)} />
        {props.children}
      </span>
    </WithOverlay>
  );
}

export function Tooltip(props: HostProps) {
  return <span {...testIdOf(props)} className="hs-tooltip">{props.children}</span>;
}
