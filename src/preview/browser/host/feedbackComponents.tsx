import type { HostProps } from './hostProps';
import { cx, num, str, testIdOf } from './hostProps';

const ALERT_ICON: Record<string, string> = { success: '✓', warning: '!', danger: '!', error: '!', info: 'i', tip: '★' };

export function Alert(props: HostProps) {
  const variant = str(props.variant) ?? 'info';
  return (
    <div {...testIdOf(props)} role="alert" className={cx('hs-alert', `hs-alert--${variant === 'error' ? 'danger' : variant}`)}>
      {/* Drawn by CSS from data-icon, so the alert's text is only what the extension wrote. */}
      <span className="hs-alert__icon" data-icon={ALERT_ICON[variant] ?? 'i'} aria-hidden="true" />
      <div className="hs-alert__content">
        {str(props.title) === undefined ? null : <div className="hs-alert__title">{str(props.title)}</div>}
        {props.children === undefined ? null : <div className="hs-alert__body">{props.children}</div>}
      </div>
    </div>
  );
}

/** A simple drawing in place of HubSpot's illustrations: the layout matters more than the art. */
function Illustration({ kind }: { kind: string }) {
  return (
    <svg className="hs-illustration" viewBox="0 0 64 64" aria-hidden="true">
      <circle cx="32" cy="32" r="30" fill="#e5f5f8" />
      {kind === 'lock' ? (
        <g fill="none" stroke="#516f90" strokeWidth="3">
          <rect x="20" y="29" width="24" height="18" rx="3" fill="#fff" />
          <path d="M25 29v-6a7 7 0 0 1 14 0v6" />
        </g>
      ) : (
        <g fill="none" stroke="#516f90" strokeWidth="3">
          <rect x="18" y="20" width="28" height="26" rx="3" fill="#fff" />
          <path d="M23 28h18M23 34h12M23 40h8" />
        </g>
      )}
    </svg>
  );
}

export function EmptyState(props: HostProps) {
  return (
    <div {...testIdOf(props)} className={cx('hs-empty', str(props.layout) === 'horizontal' && 'hs-empty--horizontal')}>
      <Illustration kind={str(props.imageName) ?? 'empty'} />
      <div>
        <div className="hs-empty__title">{str(props.title) ?? 'All is not lost.'}</div>
        <div className="hs-empty__body">{props.children}</div>
      </div>
    </div>
  );
}

export function ErrorState(props: HostProps) {
  return (
    <div {...testIdOf(props)} className="hs-empty hs-empty--error">
      <Illustration kind={str(props.type) ?? 'error'} />
      <div>
        <div className="hs-empty__title">{str(props.title) ?? 'Something went wrong.'}</div>
        <div className="hs-empty__body">{props.children}</div>
      </div>
    </div>
  );
}

export function LoadingSpinner(props: HostProps) {
  const label = str(props.label) ?? 'Loading';
  return (
    <div {...testIdOf(props)} className={cx('hs-spinner', str(props.layout) === 'centered' && 'hs-spinner--centered')} aria-label={label}>
      <span className="hs-spinner__wheel" />
      {props.showLabel === true ? <span className="hs-text hs-text--micro">{label}</span> : null}
    </div>
  );
}

export function ProgressBar(props: HostProps) {
  const max = num(props.maxValue) ?? 100;
  const value = num(props.value) ?? 0;
  const share = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  const variant = str(props.variant) ?? 'success';
  return (
    <div {...testIdOf(props)} className="hs-progress">
      <div className="hs-progress__header">
        <span className="hs-progress__title">{str(props.title)}</span>
        {props.showPercentage === true ? <span className="hs-progress__percent">{Math.round(share * 100)}%</span> : null}
      </div>
      <div className="hs-progress__track" role="progressbar" aria-valuenow={value} aria-valuemax={max}>
        <div className={cx('hs-progress__fill', `hs-progress__fill--${variant}`)} style={{ width: `${share * 100}%` }} />
      </div>
      {str(props.valueDescription) === undefined ? null : <div className="hs-text hs-text--micro">{str(props.valueDescription)}</div>}
    </div>
  );
}

export function Statistics(props: HostProps) {
  return (
    <div {...testIdOf(props)} className="hs-stats">
      {props.children}
    </div>
  );
}

export function StatisticsItem(props: HostProps) {
  return (
    <div {...testIdOf(props)} className="hs-stats__item">
      <div className="hs-stats__label">{str(props.label)}</div>
      <div className="hs-stats__number">{str(props.number) ?? String(props.number ?? '')}</div>
      {props.children === undefined ? null : <div className="hs-stats__extra">{props.children}</div>}
    </div>
  );
}

export function StatisticsTrend(props: HostProps) {
  const up = str(props.direction) !== 'decrease';
  return (
    <span {...testIdOf(props)} className={cx('hs-trend', up ? 'hs-trend--up' : 'hs-trend--down')}>
      {up ? '▲' : '▼'} {str(props.value)}
    </span>
  );
}
