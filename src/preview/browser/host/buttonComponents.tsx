import type { HostProps } from './hostProps';
import { bool, call, cx, str, testIdOf } from './hostProps';

function buttonClass(props: HostProps): string {
  return cx('hs-button', `hs-button--${str(props.variant) ?? 'secondary'}`, (str(props.size) === 'sm' || str(props.size) === 'xs' || str(props.size) === 'small') && 'hs-button--small');
}

export function Button(props: HostProps) {
  return (
    <button {...testIdOf(props)} type="button" className={buttonClass(props)} disabled={bool(props.disabled)} onClick={() => call(props.onClick)}>
      {props.children}
    </button>
  );
}

export function LoadingButton(props: HostProps) {
  const loading = bool(props.loading);
  return (
    <button {...testIdOf(props)} type="button" className={buttonClass(props)} disabled={bool(props.disabled) || loading} aria-busy={loading} onClick={() => call(props.onClick)}>
      {loading ? <span className="hs-spinner__wheel hs-spinner__wheel--small" /> : null}
      {props.children}
    </button>
  );
}

export function ButtonRow(props: HostProps) {
  return <div className="hs-button-row">{props.children}</div>;
}
