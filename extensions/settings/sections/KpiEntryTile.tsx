import { Button, Flex, NumberInput, Text, Tile } from '@hubspot/ui-extensions';
import type { FieldError } from '../../../src/handlers/contracts/common';
import type { KpiEntry } from '../../../src/settings/settingsSchema';
import { knownKpi, kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import { displayScale, fromDisplay, toDisplay } from '../units';
import { ScoringEditor } from './ScoringEditor';

/** One KPI of a role template: weight, target in the KPI's display unit, scoring (kpi-spec §6). */
export function KpiEntryTile(props: {
  entry: KpiEntry;
  /** The entry's field path, e.g. `roles.rep.kpis.2`. */
  path: string;
  errors: readonly FieldError[];
  i18n: I18n;
  onChange: (entry: KpiEntry) => void;
  onRemove: () => void;
}) {
  const { entry, path, errors, i18n, onChange, onRemove } = props;
  const { t, language } = i18n;
  const scale = displayScale(entry.kpi);
  const unit = knownKpi(entry.kpi)?.unit ?? 'count';
  // Count targets of visits and new customers are per month and scaled to the period (kpi-spec §4).
  const unitLabel = knownKpi(entry.kpi)?.targetPerMonth === true ? t.settings.perMonth(t.settings.targetUnit[unit]) : t.settings.targetUnit[unit];
  return (
    <Tile compact testId={path}>
      <Flex direction="column" gap="xs">
        <Flex direction="row" justify="between" align="center">
          <Text format={{ fontWeight: 'demibold' }}>{kpiName(entry.kpi, language)}</Text>
          <Button variant="transparent" size="sm" onClick={onRemove}>
            {t.common.remove}
          </Button>
        </Flex>
        <Flex direction="row" gap="sm" wrap>
          <NumberInput
            testId={`${path}.weight`}
            label={t.scorecard.weight}
            name={`${path}.weight`}
            value={entry.weight}
            min={0}
            max={100}
            precision={0}
            onChange={(v) => onChange({ ...entry, weight: v })}
            {...fieldProps(errors, `${path}.weight`)}
          />
          <NumberInput
            testId={`${path}.target`}
            label={`${t.scorecard.target} (${scale === 100 ? '%' : unitLabel})`}
            name={`${path}.target`}
            value={entry.target === null ? undefined : toDisplay(entry.target, scale)}
            placeholder={t.settings.noTarget}
            onChange={(v) => onChange({ ...entry, target: Number.isFinite(v) ? fromDisplay(v, scale) : null })}
            {...fieldProps(errors, `${path}.target`)}
          />
        </Flex>
        <ScoringEditor entry={entry} path={path} scale={scale} errors={errors} i18n={i18n} onChange={(scoring) => onChange({ ...entry, scoring })} />
        <FieldMessage errors={errors} field={path} />
        <FieldMessage errors={errors} field={`${path}.kpi`} />
      </Flex>
    </Tile>
  );
}
