import { Button, Flex, NumberInput, Select, Text, Tile } from '@hubspot/ui-extensions';
import type { KpiId } from '../../../src/kpi/catalog';
import { BUILT_IN_KPIS, MANUAL_KPI_NAMES } from '../../../src/kpi/catalog';
import { defaultTarget } from '../../../src/settings/defaultSettings';
import type { KpiEntry, Role } from '../../../src/settings/settingsSchema';
import { knownKpi, kpiName } from '../../i18n/kpiName';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { displayScale, fromDisplay, removeAt, replaceAt, toDisplay } from '../units';
import { ScoringEditor } from './ScoringEditor';

const ALL_KPIS: KpiId[] = [...BUILT_IN_KPIS, ...Object.keys(MANUAL_KPI_NAMES).map((k) => `manual:${k}` as const)];

/** Weight, target and scoring of each KPI in one role template, with the live weight sum (kpi-spec §6). */
export function RoleTemplateEditor(props: SectionProps & { role: Role }) {
  const { draft, update, errors, i18n, role } = props;
  const { t, language, format } = i18n;
  const kpis = draft.roles[role].kpis;
  const path = `roles.${role}.kpis`;
  const sum = kpis.reduce((acc, e) => acc + e.weight, 0);
  const setEntry = (i: number, entry: KpiEntry) =>
    update((s) => ({ ...s, roles: { ...s.roles, [role]: { kpis: replaceAt(s.roles[role].kpis, i, entry) } } }));
  const setKpis = (change: (list: KpiEntry[]) => KpiEntry[]) =>
    update((s) => ({ ...s, roles: { ...s.roles, [role]: { kpis: change(s.roles[role].kpis) } } }));
  const unused = ALL_KPIS.filter((id) => !kpis.some((e) => e.kpi === id));
  return (
    <Flex direction="column" gap="sm">
      {kpis.map((entry, i) => {
        const scale = displayScale(entry.kpi);
        const unit = knownKpi(entry.kpi)?.unit ?? 'count';
        return (
          <Tile key={`${entry.kpi}-${i}`} compact testId={`${path}.${i}`}>
            <Flex direction="column" gap="xs">
              <Flex direction="row" justify="between" align="center">
                <Text format={{ fontWeight: 'demibold' }}>{kpiName(entry.kpi, language)}</Text>
                <Button variant="transparent" size="sm" onClick={() => setKpis((list) => removeAt(list, i))}>
                  {t.common.remove}
                </Button>
              </Flex>
              <Flex direction="row" gap="sm" wrap>
                <NumberInput
                  testId={`${path}.${i}.weight`}
                  label={t.scorecard.weight}
                  name={`${path}.${i}.weight`}
                  value={entry.weight}
                  min={0}
                  max={100}
                  precision={0}
                  onChange={(v) => setEntry(i, { ...entry, weight: v })}
                  {...fieldProps(errors, `${path}.${i}.weight`)}
                />
                <NumberInput
                  testId={`${path}.${i}.target`}
                  label={`${t.scorecard.target} (${scale === 100 ? '%' : t.settings.targetUnit[unit]})`}
                  name={`${path}.${i}.target`}
                  value={entry.target === null ? undefined : toDisplay(entry.target, scale)}
                  placeholder={t.settings.noTarget}
                  onChange={(v) => setEntry(i, { ...entry, target: Number.isFinite(v) ? fromDisplay(v, scale) : null })}
                  {...fieldProps(errors, `${path}.${i}.target`)}
                />
              </Flex>
              <ScoringEditor
                entry={entry}
                path={`${path}.${i}`}
                scale={scale}
                errors={errors}
                i18n={i18n}
                onChange={(scoring) => setEntry(i, { ...entry, scoring })}
              />
              <FieldMessage errors={errors} field={`${path}.${i}.kpi`} />
            </Flex>
          </Tile>
        );
      })}
      <Text testId={`sum-${role}`} format={{ fontWeight: sum === 100 ? 'regular' : 'bold' }}>
        {sum === 100 ? t.settings.weightsSum(format.number(sum, 0)) : t.settings.weightsSumError(format.number(sum, 0))}
      </Text>
      <FieldMessage errors={errors} field={path} />
      <Select
        label={t.settings.addKpi}
        name={`${path}.add`}
        placeholder={t.settings.addKpi}
        options={unused.map((id) => ({ label: kpiName(id, language), value: id }))}
        onChange={(v) => {
          const kpi = String(v) as KpiId;
          setKpis((list) => [...list, { kpi, weight: 0, target: defaultTarget(kpi), scoring: { type: 'linear', floor: 0, cap: 1.5 } }]);
        }}
      />
    </Flex>
  );
}
