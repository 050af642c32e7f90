import { Button, Flex, Input, NumberInput, Select, Text } from '@hubspot/ui-extensions';
import type { Quota } from '../../../src/settings/settingsSchema';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { removeAt, replaceAt } from '../units';
import { subjectOf, withSubject } from '../subjectChoice';

/** The subject picker shows what is wrong with the quota's holder: missing, both given, or an unknown owner. */
function subjectProps(errors: SectionProps['errors'], i: number) {
  const own = errors.filter((e) => e.field === `quotas.${i}` || e.field === `quotas.${i}.ownerId` || e.field === `quotas.${i}.teamId`);
  return fieldProps(own, `quotas.${i}`, true);
}

/**
 * Targets per owner or team and period (kpi-spec §2 target); a yearly quota is split by month.
 * Where they come from HubSpot goals, the admin picks which goal holds the revenue quota.
 */
export function QuotasSection({ draft, update, errors, context, i18n }: SectionProps) {
  const { t } = i18n;
  const quotas = draft.quotas;
  const setQuotas = (next: Quota[]) => update((s) => ({ ...s, quotas: next }));
  const subjects = [
    ...context.owners.map((o) => ({ label: o.name, value: `owner:${o.id}` })),
    ...context.teams.map((team) => ({ label: `${t.funnel.team}: ${team.name}`, value: `team:${team.id}` })),
  ];
  const first = context.owners[0];
  const families = context.goalFamilies.filter((f): f is typeof f & { id: string } => f.id !== null);
  return (
    <Flex direction="column" gap="sm">
      {families.length > 0 ? (
        <Select
          label={t.settings.revenueGoal}
          description={t.settings.revenueGoalHelp}
          name="revenueGoalGroupId"
          testId="revenue-goal"
          value={draft.revenueGoalGroupId ?? ''}
          options={[{ label: t.settings.revenueGoalUnpicked, value: '' }, ...families.map((f) => ({ label: f.name ?? f.id, value: f.id }))]}
          onChange={(v) => update((s) => ({ ...s, revenueGoalGroupId: v === '' || v === undefined ? null : String(v) }))}
          {...fieldProps(errors, 'revenueGoalGroupId')}
        />
      ) : null}
      {quotas.length === 0 ? <Text>{t.settings.noQuotas}</Text> : null}
      {quotas.map((q, i) => (
        <Flex key={i} direction="row" gap="sm" align="end" wrap>
          <Select label={t.settings.quotaFor} name={`quotas.${i}.subject`} value={subjectOf(q)} options={subjects}
            onChange={(v) => setQuotas(replaceAt(quotas, i, withSubject(q, String(v))))} {...subjectProps(errors, i)} />
          <Input label={t.settings.quotaPeriod} name={`quotas.${i}.period`} value={q.period}
            onChange={(v) => setQuotas(replaceAt(quotas, i, { ...q, period: v }))} {...fieldProps(errors, `quotas.${i}.period`)} />
          <NumberInput label={t.settings.quotaAmount} name={`quotas.${i}.amount`} value={q.amount} min={0}
            onChange={(v) => setQuotas(replaceAt(quotas, i, { ...q, amount: v }))} {...fieldProps(errors, `quotas.${i}.amount`)} />
          <Text variant="microcopy">
            {t.settings.quotaSplit}: {q.split === 'even' ? t.settings.splitEven : t.settings.splitSeasonal}
          </Text>
          <FieldMessage errors={errors} field={`quotas.${i}.split`} under />
          <Button variant="transparent" size="sm" onClick={() => setQuotas(removeAt(quotas, i))}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field="quotas" />
      <Button size="sm" disabled={first === undefined}
        onClick={() => {
          if (first !== undefined) setQuotas([...quotas, { ownerId: first.id, period: quotas.at(-1)?.period ?? '', amount: 0, split: 'even' }]);
        }}>
        {t.settings.addQuota}
      </Button>
    </Flex>
  );
}
