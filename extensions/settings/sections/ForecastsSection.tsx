import { Flex, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import type { FrozenForecast } from '../../../src/domain/frozenForecast';
import type { SettingsContextDto } from '../../../src/handlers/contracts/settings';
import type { KpiClient } from '../../client/kpiClient';
import { RemoteView } from '../../components/RemoteView';
import { useFrozenForecasts } from '../../hooks/useFrozenForecasts';
import type { I18n } from '../../i18n/useI18n';
import { ForecastEntryForm } from './ForecastEntryForm';

function subjectName(f: FrozenForecast, context: SettingsContextDto, i18n: I18n): string {
  if (f.subjectKind === 'portal') return i18n.t.settings.department;
  const named = (f.subjectKind === 'owner' ? context.owners : context.teams).find((x) => x.id === f.subjectId);
  return `${i18n.t.settings.subjectKinds[f.subjectKind]}: ${named?.name ?? f.subjectId}`;
}

/** The forecasts frozen at period start (forecast_accuracy, docs/kpis.md), with when and how each was taken, and the admin's entry form. */
export function ForecastsSection({ client, context, i18n }: { client: KpiClient; context: SettingsContextDto; i18n: I18n }) {
  const { t, format } = i18n;
  const { list, entry, enter } = useFrozenForecasts(client);
  return (
    <Flex direction="column" gap="md">
      <Text variant="microcopy">{t.settings.forecastsHelp}</Text>
      <RemoteView state={list.state} onRetry={list.reload} t={t}>
        {({ forecasts }) =>
          forecasts.length === 0 ? (
            <Text testId="no-forecasts">{t.settings.noForecasts}</Text>
          ) : (
            <Table bordered density="condensed" testId="frozen-forecasts">
              <TableHead>
                <TableRow>
                  <TableHeader>{t.settings.forecastSubject}</TableHeader>
                  <TableHeader>{t.settings.forecastPeriod}</TableHeader>
                  <TableHeader align="right">{t.settings.forecastAmount}</TableHeader>
                  <TableHeader>{t.settings.forecastTaken}</TableHeader>
                  <TableHeader>{t.settings.forecastHow}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {forecasts.map((f) => (
                  <TableRow key={`${f.subjectKind}-${f.subjectId}-${f.period}`} testId={`forecast-${f.subjectKind}-${f.subjectId}-${f.period}`}>
                    <TableCell>{subjectName(f, context, i18n)}</TableCell>
                    <TableCell>{f.period}</TableCell>
                    <TableCell align="right">{format.number(f.amount, 0)}</TableCell>
                    <TableCell>{format.date(new Date(f.frozenAt).toISOString())}</TableCell>
                    <TableCell>{t.scorecard.forecastHow[f.source]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </RemoteView>
      <ForecastEntryForm context={context} entry={entry} onEnter={enter} i18n={i18n} />
    </Flex>
  );
}
