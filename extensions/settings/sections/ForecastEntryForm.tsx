import { Alert, Button, Flex, Heading, Input, NumberInput, Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { EnterForecastInput } from '../../../src/handlers/contracts/forecasts';
import type { SettingsContextDto } from '../../../src/handlers/contracts/settings';
import type { EntryState } from '../../hooks/useFrozenForecasts';
import type { I18n } from '../../i18n/useI18n';

/** "portal", "owner:<id>" or "team:<id>" as one Select value. */
function inputOf(subject: string, period: string, amount: number): EnterForecastInput {
  const [kind, ...rest] = subject.split(':');
  const subjectId = rest.join(':');
  if (kind === 'owner' || kind === 'team') return { subjectKind: kind, subjectId, period, amount };
  return { subjectKind: 'portal', period, amount };
}

/** An admin enters the forecast made at the start of a period the schedule did not freeze; the answer says if one was kept already. */
export function ForecastEntryForm({ context, entry, onEnter, i18n }: { context: SettingsContextDto; entry: EntryState; onEnter: (input: EnterForecastInput) => void; i18n: I18n }) {
  const { t, format } = i18n;
  const [subject, setSubject] = useState('portal');
  const [period, setPeriod] = useState('');
  const [amount, setAmount] = useState<number | undefined>(undefined);
  const subjects = [
    { label: t.settings.department, value: 'portal' },
    ...context.teams.map((team) => ({ label: `${t.settings.subjectKinds.team}: ${team.name}`, value: `team:${team.id}` })),
    ...context.owners.map((o) => ({ label: o.name, value: `owner:${o.id}` })),
  ];
  const fieldError = (field: string) => (entry.status === 'error' ? entry.error.fields?.find((f) => f.field === field)?.message : undefined);
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.settings.enterForecastTitle}</Heading>
      <Flex direction="row" gap="sm" align="end" wrap>
        <Select testId="forecast-subject" label={t.settings.forecastSubject} name="forecast.subject" value={subject} options={subjects} onChange={(v) => setSubject(String(v))} />
        <Input testId="forecast-period" label={t.settings.quotaPeriod} name="forecast.period" value={period} onChange={setPeriod}
          error={fieldError('period') !== undefined} validationMessage={fieldError('period')} />
        <NumberInput testId="forecast-amount" label={t.settings.forecastAmount} name="forecast.amount" value={amount} min={0} onChange={setAmount}
          error={fieldError('amount') !== undefined} validationMessage={fieldError('amount')} />
        <Button testId="enter-forecast" disabled={entry.status === 'saving' || amount === undefined || period.trim() === ''}
          onClick={() => {
            if (amount !== undefined) onEnter(inputOf(subject, period.trim(), amount));
          }}>
          {t.settings.enterForecast}
        </Button>
      </Flex>
      {entry.status === 'error' ? <Alert testId="forecast-entry-error" title={t.settings.saveFailed} variant="danger">{entry.error.message}</Alert> : null}
      {entry.status === 'done' ? (
        <Alert testId="forecast-entry-done" title={entry.answer.entered ? t.settings.forecastEntered : t.settings.forecastAlreadyFrozen(format.number(entry.answer.forecast.amount, 0))} variant={entry.answer.entered ? 'success' : 'warning'} />
      ) : null}
    </Flex>
  );
}
