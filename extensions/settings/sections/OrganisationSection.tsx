import { Flex, Input, MultiSelect, Select } from '@hubspot/ui-extensions';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';

/** Time zone and fiscal year (kpi-spec §3), growth comparison (§4), team managers and directors (§1). */
export function OrganisationSection({ draft, update, errors, context, i18n }: SectionProps) {
  const { t, format } = i18n;
  const months = Array.from({ length: 12 }, (_, i) => ({
    label: new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1)),
    value: i + 1,
  }));
  const owners = context.owners.map((o) => ({ label: o.name, value: o.id }));
  const managersOf = (teamId: string) => draft.teams.find((x) => x.teamId === teamId)?.managerOwnerIds ?? [];
  const setManagers = (teamId: string, ids: string[]) =>
    update((s) => {
      const rest = s.teams.filter((x) => x.teamId !== teamId);
      return { ...s, teams: ids.length === 0 ? rest : [...rest, { teamId, managerOwnerIds: ids }] };
    });
  return (
    <Flex direction="column" gap="sm">
      <Input label={t.settings.timeZone} name="timeZone" value={draft.timeZone ?? ''} placeholder={context.portalTimeZone}
        description={t.settings.timeZoneHelp(context.portalTimeZone)}
        onChange={(v) => update((s) => ({ ...s, timeZone: v.trim() === '' ? null : v.trim() }))} {...fieldProps(errors, 'timeZone')} />
      <Select label={t.settings.fiscalStart} name="fiscalYearStartMonth" value={draft.fiscalYearStartMonth} options={months}
        onChange={(v) => update((s) => ({ ...s, fiscalYearStartMonth: Number(v) }))} {...fieldProps(errors, 'fiscalYearStartMonth')} />
      <Select label={t.settings.growthComparison} name="growthComparison" value={draft.growthComparison}
        options={[{ label: t.settings.sameLastYear, value: 'same_period_last_year' }, { label: t.settings.previousPeriod, value: 'previous_period' }]}
        onChange={(v) => update((s) => ({ ...s, growthComparison: v === 'previous_period' ? 'previous_period' : 'same_period_last_year' }))}
        {...fieldProps(errors, 'growthComparison')} />
      {context.teams.map((team) => {
        const at = draft.teams.findIndex((x) => x.teamId === team.id);
        return (
          <MultiSelect key={team.id} label={t.settings.teamManagers(team.name)} name={`teams.${team.id}`} value={managersOf(team.id)}
            options={owners} onChange={(ids) => setManagers(team.id, ids.map(String))} {...(at < 0 ? { error: false } : fieldProps(errors, `teams.${at}`, true))} />
        );
      })}
      <FieldMessage errors={errors} field="teams" />
      {draft.teams.map((x, i) => (context.teams.some((team) => team.id === x.teamId) ? null : <FieldMessage key={i} errors={errors} field={`teams.${i}`} under />))}
      <MultiSelect label={t.settings.directors} name="directorOwnerIds" value={draft.directorOwnerIds} options={owners}
        onChange={(ids) => update((s) => ({ ...s, directorOwnerIds: ids.map(String) }))} {...fieldProps(errors, 'directorOwnerIds', true)} />
    </Flex>
  );
}
