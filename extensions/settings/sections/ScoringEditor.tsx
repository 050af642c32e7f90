import { Button, Flex, NumberInput, Select } from '@hubspot/ui-extensions';
import type { FieldError } from '../../../src/handlers/contracts/common';
import type { KpiEntry, Scoring } from '../../../src/settings/settingsSchema';
import { defaultScoring } from '../../../src/settings/settingsSchema';
import type { I18n } from '../../i18n/useI18n';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import { fromDisplay, removeAt, replaceAt, toDisplay } from '../units';

type LinearScoring = Extract<Scoring, { type: 'linear' }>;
type BandScoring = Extract<Scoring, { type: 'bands' }>;

interface FieldsProps<S extends Scoring> {
  scoring: S;
  path: string;
  errors: readonly FieldError[];
  onChange: (scoring: Scoring) => void;
  i18n: I18n;
}

/**
 * How one KPI is scored (kpi-spec §6): linear with floor and cap (shown as %), or a table of
 * bands (lower bound in the KPI's display unit → score).
 */
export function ScoringEditor(props: {
  entry: KpiEntry;
  path: string;
  scale: number;
  errors: readonly FieldError[];
  onChange: (scoring: Scoring) => void;
  i18n: I18n;
}) {
  const { entry, path, scale, errors, onChange, i18n } = props;
  const { t } = i18n;
  const scoring = entry.scoring;
  const typeSelect = (
    <Select
      label={t.settings.scoring}
      name={`${path}.scoring.type`}
      value={scoring.type}
      options={[
        { label: t.settings.scoringLinear, value: 'linear' },
        { label: t.settings.scoringBands, value: 'bands' },
      ]}
      onChange={(v) => onChange(v === 'bands' ? { type: 'bands', bands: [{ from: 0, score: 0 }] } : defaultScoring())}
      {...fieldProps(errors, `${path}.scoring`)}
    />
  );
  const fields = { path, errors, onChange, i18n };
  if (scoring.type === 'linear') {
    return (
      <Flex direction="row" gap="sm" wrap>
        {typeSelect}
        <LinearFields scoring={scoring} {...fields} />
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="xs">
      {typeSelect}
      <BandFields scoring={scoring} scale={scale} {...fields} />
    </Flex>
  );
}

/** Floor and cap are fractions of the target, edited as percentages. */
function LinearFields({ scoring, path, errors, onChange, i18n: { t } }: FieldsProps<LinearScoring>) {
  return (
    <>
      <NumberInput
        label={t.settings.floor}
        name={`${path}.scoring.floor`}
        value={toDisplay(scoring.floor, 100)}
        onChange={(v) => onChange({ ...scoring, floor: fromDisplay(v, 100) })}
        {...fieldProps(errors, `${path}.scoring.floor`)}
      />
      <NumberInput
        label={t.settings.cap}
        name={`${path}.scoring.cap`}
        value={toDisplay(scoring.cap, 100)}
        onChange={(v) => onChange({ ...scoring, cap: fromDisplay(v, 100) })}
        {...fieldProps(errors, `${path}.scoring.cap`)}
      />
    </>
  );
}

/** The bands table; the last band cannot be removed, since a bands scoring needs one (settingsSchema). */
function BandFields({ scoring, scale, path, errors, onChange, i18n: { t } }: FieldsProps<BandScoring> & { scale: number }) {
  const setBand = (j: number, band: BandScoring['bands'][number]) => onChange({ ...scoring, bands: replaceAt(scoring.bands, j, band) });
  return (
    <>
      {scoring.bands.map((band, j) => (
        <Flex key={j} direction="row" gap="sm" align="end">
          <NumberInput
            label={t.settings.bandFrom}
            name={`${path}.scoring.bands.${j}.from`}
            value={toDisplay(band.from, scale)}
            onChange={(v) => setBand(j, { ...band, from: fromDisplay(v, scale) })}
            {...fieldProps(errors, `${path}.scoring.bands.${j}.from`)}
          />
          <NumberInput
            label={t.settings.bandScore}
            name={`${path}.scoring.bands.${j}.score`}
            value={band.score}
            onChange={(v) => setBand(j, { ...band, score: v })}
            {...fieldProps(errors, `${path}.scoring.bands.${j}.score`)}
          />
          <Button variant="transparent" size="sm" disabled={scoring.bands.length === 1} onClick={() => onChange({ ...scoring, bands: removeAt(scoring.bands, j) })}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field={`${path}.scoring.bands`} />
      <Button size="sm" onClick={() => onChange({ ...scoring, bands: [...scoring.bands, { from: 0, score: 0 }] })}>
        {t.settings.addBand}
      </Button>
    </>
  );
}
