import type { ReactNode } from 'react';
import type { HostProps } from './hostProps';
import { bool, cx, str, testIdOf } from './hostProps';

/** Label, description and validation message around an input, as HubSpot lays out form fields. */
export function FieldFrame({ props, children, inline = false }: { props: HostProps; children: ReactNode; inline?: boolean }) {
  const label = str(props.label);
  const message = str(props.validationMessage);
  const error = bool(props.error);
  return (
    <label {...testIdOf(props)} className={cx('hs-field', error && 'hs-field--error', inline && 'hs-field--inline')}>
      {label === undefined ? null : (
        <span className="hs-field__label">
          {label}
          {bool(props.required) ? <span className="hs-field__required"> *</span> : null}
        </span>
      )}
      {str(props.description) === undefined ? null : <span className="hs-field__description">{str(props.description)}</span>}
      {children}
      {message === undefined ? null : <span className={cx('hs-field__message', error && 'hs-field__message--error')}>{message}</span>}
    </label>
  );
}
