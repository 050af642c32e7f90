import { Button, Flex, Input, NumberInput, Select, Text } from '@hubspot/ui-extensions';
import type { CustomerBaseTarget } from '../../../src/settings/settingsSchema';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { subjectOf, withSubject } from '../subjectChoice';
import { removeAt, replaceAt } from '../units';

/**
 * The target customer base per owner or team and period: customer_growth_rate divides the new
 * customers by it and is "not configured" without one (docs/kpis.md, Customers and products).
 */
export function CustomerBaseTargets({ draft, update, errors, context, i18n }: SectionProps) {
  const { t } = i18n;
  const targets = draft.customerBaseTargets;
  const setTargets = (next: CustomerBaseTarget[]) => update((s) => ({ ...s, customerBaseTargets: next }));
  const subjects = [
    ...context.owners.map((o) => ({ label: o.name, value: `owner:${o.id}` })),
    ...context.teams.map((team) => ({ label: `${t.funnel.team}: ${team.name}`, value: `team:${team.id}` })),
  ];
  const firstTeam = context.teams[0];
  const holderProps = (i: number) => fieldProps(errors.filter((e) => [`customerBaseTargets.${i}`, `customerBaseTargets.${i}.ownerId`, `customerBaseTargets.${i}.teamId`].includes(e.field)), `customerBaseTargets.${i}`, true);
  return (
    <Flex direction="column" gap="sm">
      <Text format={{ fontWeight: 'demibold' }}>{t.settings.customerBaseTitle}</Text>
      <Text variant="microcopy">{t.settings.customerBaseHelp}</Text>
      {targets.map((target, i) => (
        <Flex key={i} direction="row" gap="sm" align="end" wrap>
          <Select label={t.settings.quotaFor} name={`customerBaseTargets.${i}.subject`} testId={`customerBaseTargets.${i}.subject`} value={subjectOf(target)} options={subjects}
            onChange={(v) => setTargets(replaceAt(targets, i, withSubject(target, String(v))))} {...holderProps(i)} />
          <Input label={t.settings.quotaPeriod} name={`customerBaseTargets.${i}.period`} value={target.period}
            onChange={(v) => setTargets(replaceAt(targets, i, { ...target, period: v }))} {...fieldProps(errors, `customerBaseTargets.${i}.period`)} />
          <NumberInput label={t.settings.customerBaseCustomers} name={`customerBaseTargets.${i}.customers`} value={target.customers} min={1}
            onChange={(v) => setTargets(replaceAt(targets, i, { ...target, customers: v }))} {...fieldProps(errors, `customerBaseTargets.${i}.customers`)} />
          <Button variant="transparent" size="sm" onClick={() => setTargets(removeAt(targets, i))}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field="customerBaseTargets" />
      <Button size="sm" testId="add-customer-base" disabled={firstTeam === undefined && context.owners.length === 0}
        onClick={() => {
          const holder = firstTeam !== undefined ? { teamId: firstTeam.id } : { ownerId: context.owners[0]?.id ?? '' };
          setTargets([...targets, { ...holder, period: targets.at(-1)?.period ?? '', customers: 1 }]);
        }}>
        {t.settings.addCustomerBase}
      </Button>
    </Flex>
  );
}
