import { Flex, Select, Text } from '@hubspot/ui-extensions';
import { FORECAST_SOURCES, forecastSourceSchema } from '../../../src/domain/frozenForecast';
import type { PropertyMapping } from '../../../src/domain/propertyMapping';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';

const KEYS: (keyof PropertyMapping)[] = ['collectedAmount', 'grossMargin', 'expense', 'forecastAmount', 'segment'];

/**
 * Which deal properties hold 回款额, 毛利, expense, the frozen forecast (kpi-spec §2) and the
 * segment (关键细分市场), numeric properties first; and what forecast accuracy compares with
 * (docs/kpis.md "Forecast accuracy").
 */
export function MappingSection({ draft, update, errors, context, i18n }: SectionProps) {
  const { t } = i18n;
  const properties = [...context.dealProperties].sort(
    (a, b) => Number(b.type === 'number') - Number(a.type === 'number') || a.label.localeCompare(b.label),
  );
  const options = [
    { label: t.settings.notMapped, value: '' },
    ...properties.map((p) => ({ label: `${p.label} (${p.name})`, value: p.name })),
  ];
  return (
    <Flex direction="column" gap="sm">
      <Text variant="microcopy">{t.settings.mappingHelp}</Text>
      {KEYS.map((key) => (
        <Select key={key} testId={`propertyMapping.${key}`} label={t.settings.mapping[key]} name={`propertyMapping.${key}`}
          value={draft.propertyMapping[key] ?? ''} options={options}
          onChange={(v) => update((s) => ({ ...s, propertyMapping: { ...s.propertyMapping, [key]: v === '' ? null : String(v) } }))}
          {...fieldProps(errors, `propertyMapping.${key}`)} />
      ))}
      <Select testId="forecastSource" label={t.settings.forecastSource} description={t.settings.forecastSourceHelp} name="forecastSource"
        value={draft.forecastSource} options={FORECAST_SOURCES.map((source) => ({ label: t.settings.forecastSources[source], value: source }))}
        onChange={(v) => update((s) => ({ ...s, forecastSource: forecastSourceSchema.catch(s.forecastSource).parse(v) }))}
        {...fieldProps(errors, 'forecastSource')} />
    </Flex>
  );
}
