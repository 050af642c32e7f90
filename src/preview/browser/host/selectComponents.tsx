import { FieldFrame } from './fieldFrame';
import type { HostProps } from './hostProps';
import { call, str } from './hostProps';

interface Option {
  label: string;
  value: string | number | boolean;
}

function optionsOf(props: HostProps): Option[] {
  if (!Array.isArray(props.options)) return [];
  return props.options.filter((o): o is Option => typeof o === 'object' && o !== null && 'value' in o && 'label' in o);
}

/**
 * A native select: option values may be numbers in HubSpot, so the DOM carries indices and
 * the extension gets the option's own value back. Without a `value` the select stays on its
 * placeholder after a choice (the "add a KPI" pattern).
 */
export function Select(props: HostProps) {
  const options = optionsOf(props);
  const index = options.findIndex((o) => o.value === props.value);
  return (
    <FieldFrame props={props}>
      <select
        className="hs-input hs-select"
        name={str(props.name)}
        value={index < 0 ? '' : String(index)}
        onChange={(e) => {
          const chosen = options[Number(e.target.value)];
          if (chosen !== undefined) call(props.onChange, chosen.value);
        }}
      >
        {index < 0 ? <option value="">{str(props.placeholder) ?? '—'}</option> : null}
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function MultiSelect(props: HostProps) {
  const options = optionsOf(props);
  const chosen = Array.isArray(props.value) ? (props.value as unknown[]) : [];
  return (
    <FieldFrame props={props}>
      <div className="hs-multi">
        {options.map((o, i) => {
          const on = chosen.includes(o.value);
          return (
            <button
              key={i}
              type="button"
              className={`hs-multi__chip${on ? ' hs-multi__chip--on' : ''}`}
              aria-pressed={on}
              onClick={() => call(props.onChange, on ? chosen.filter((v) => v !== o.value) : [...chosen, o.value])}
            >
              {o.label}
            </button>
          );
        })}
      </div>
    </FieldFrame>
  );
}
