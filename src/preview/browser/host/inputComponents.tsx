import { useEffect, useState } from 'react';
import { FieldFrame } from './fieldFrame';
import type { HostProps } from './hostProps';
import { bool, call, str } from './hostProps';

export function Input(props: HostProps) {
  const value = str(props.value);
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <FieldFrame props={props}>
      <input
        className="hs-input"
        name={str(props.name)}
        type={str(props.type) === 'password' ? 'password' : 'text'}
        value={text}
        placeholder={str(props.placeholder)}
        readOnly={bool(props.readOnly)}
        onChange={(e) => {
          setText(e.target.value);
          call(props.onInput, e.target.value);
          call(props.onChange, e.target.value);
        }}
        onBlur={(e) => call(props.onBlur, e.target.value)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: HostProps) {
  const value = str(props.value);
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <FieldFrame props={props}>
      <textarea
        className="hs-input"
        name={str(props.name)}
        value={text}
        placeholder={str(props.placeholder)}
        onChange={(e) => {
          setText(e.target.value);
          call(props.onInput, e.target.value);
          call(props.onChange, e.target.value);
        }}
      />
    </FieldFrame>
  );
}

/**
 * The text is the host's while the user types; the extension gets the number on every edit,
 * NaN for an emptied field or text that is not a number ("abc"), so the extension can say so
 * instead of keeping the last number it saw. The text typed stays until it parses.
 */
export function NumberInput(props: HostProps) {
  const value = typeof props.value === 'number' && Number.isFinite(props.value) ? props.value : undefined;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) => {
      const typed = current.trim() === '' ? Number.NaN : Number(current);
      if (value === undefined) return Number.isFinite(typed) ? '' : current;
      return typed === value ? current : String(value);
    });
  }, [value]);
  return (
    <FieldFrame props={props}>
      <input
        className="hs-input hs-input--number"
        name={str(props.name)}
        inputMode="decimal"
        value={text}
        placeholder={str(props.placeholder)}
        readOnly={bool(props.readOnly)}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const parsed = next.trim() === '' ? Number.NaN : Number(next);
          call(props.onChange, Number.isFinite(parsed) ? parsed : Number.NaN);
        }}
        onBlur={() => call(props.onBlur, value)}
      />
    </FieldFrame>
  );
}

export function Toggle(props: HostProps) {
  const checked = bool(props.checked);
  return (
    <FieldFrame props={{ ...props, label: undefined }} inline>
      <button type="button" role="switch" aria-checked={checked} className={`hs-toggle${checked ? ' hs-toggle--on' : ''}`} onClick={() => call(props.onChange, !checked)}>
        <span className="hs-toggle__knob" />
      </button>
      {str(props.label) === undefined ? null : <span className="hs-field__label">{str(props.label)}</span>}
    </FieldFrame>
  );
}

export function Checkbox(props: HostProps) {
  return (
    <label className="hs-check">
      <input type="checkbox" name={str(props.name)} checked={bool(props.checked)} onChange={(e) => call(props.onChange, e.target.checked, str(props.value))} />
      <span>{props.children}</span>
    </label>
  );
}
