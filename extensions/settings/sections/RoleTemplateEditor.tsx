import { Flex, Select, Text } from '@hubspot/ui-extensions';
import type { KpiId } from '../../../src/kpi/catalog';
import { BUILT_IN_KPIS, MANUAL_KPI_NAMES } from '../../../src/kpi/catalog';
import { newKpiEntry } from '../../../src/settings/defaultSettings';
import type { KpiEntry, Role } from '../../../src/settings/settingsSchema';
import { kpiName } from '../../i18n/kpiName';
import { FieldMessage } from '../FieldMessage';
import type { SectionProps } from '../sectionProps';
import { removeAt, replaceAt } from '../units';
import { KpiEntryTile } from './KpiEntryTile';

const ALL_KPIS: KpiId[] = [...BUILT_IN_KPIS, ...Object.keys(MANUAL_KPI_NAMES).map((k) => `manual:${k}` as const)];

/** Weight, target and scoring of each KPI in one role template, with the live weight sum (kpi-spec §6). */
export function RoleTemplateEditor(props: SectionProps & { role: Role }) {
  const { draft, update, errors, i18n, role } = props;
  const { t, language, format } = i18n;
  const kpis = draft.roles[role].kpis;
  const path = `roles.${role}.kpis`;
  const sum = kpis.reduce((acc, e) => acc + e.weight, 0);
  // The live sum says what the sum error would, so that error is not shown a second time here;
  // a weight that is not a number makes the sum unknown, never the sum of the others.
  const sumText = !Number.isFinite(sum)
    ? t.settings.weightsSumUnknown
    : sum === 100
      ? t.settings.weightsSum(format.number(sum, 0))
      : t.settings.weightsSumError(format.number(sum, 0));
  const setKpis = (change: (list: KpiEntry[]) => KpiEntry[]) =>
    update((s) => ({ ...s, roles: { ...s.roles, [role]: { kpis: change(s.roles[role].kpis) } } }));
  const unused = ALL_KPIS.filter((id) => !kpis.some((e) => e.kpi === id));
  return (
    <Flex direction="column" gap="sm">
      {kpis.map((entry, i) => (
        <KpiEntryTile
          key={`${entry.kpi}-${i}`}
          entry={entry}
          path={`${path}.${i}`}
          errors={errors}
          i18n={i18n}
          onChange={(next) => setKpis((list) => replaceAt(list, i, next))}
          onRemove={() => setKpis((list) => removeAt(list, i))}
        />
      ))}
      <Text testId={`sum-${role}`} format={{ fontWeight: sum === 100 ? 'regular' : 'bold' }}>
        {sumText}
      </Text>
      <FieldMessage errors={errors.filter((e) => e.reason !== 'weights_sum')} field={path} />
      <FieldMessage errors={errors} field={`roles.${role}`} />
      <Select
        label={t.settings.addKpi}
        name={`${path}.add`}
        placeholder={t.settings.addKpi}
        options={unused.map((id) => ({ label: kpiName(id, language), value: id }))}
        onChange={(v) => setKpis((list) => [...list, newKpiEntry(String(v) as KpiId, 0)])}
      />
    </Flex>
  );
}
