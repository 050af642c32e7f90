import { Divider, EmptyState, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useManualScoreSheet } from '../hooks/useManualScoreSheet';
import type { I18n } from '../i18n/useI18n';
import { ScoreImport } from './scores/ScoreImport';
import { lineId, ScoreLine } from './scores/ScoreLine';

/**
 * Score entry (kpi-spec §2, §6): the manual and 360 scores a person's template asks for in a
 * period — a manager enters them for their reps, a rep their own self-assessment — and, for
 * admins, the CSV import. Every entry shows who made it and when; corrections keep the history.
 */
export function ScoreEntryView({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t } = i18n;
  const remote = useManualScoreSheet(client);
  return (
    <Flex direction="column" gap="md">
      <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
        {(sheet) => (
          <Flex direction="column" gap="md">
            <Flex direction="row" justify="between" align="end" wrap>
              <Heading>{t.scores.title(sheet.owner.name, sheet.period)}</Heading>
              <Flex direction="row" gap="sm">
                <Select testId="owner" label={t.scores.owner} name="owner" value={sheet.owner.id} options={sheet.owners.map((o) => ({ label: o.name, value: o.id }))} onChange={(v) => remote.select({ ownerId: String(v) })} />
                <Select testId="period" label={t.scorecard.period} name="period" value={sheet.period} options={[...new Set([sheet.period, ...sheet.periods])].map((p) => ({ label: p, value: p }))} onChange={(v) => remote.select({ period: String(v) })} />
              </Flex>
            </Flex>
            {sheet.lines.length === 0 ? (
              <EmptyState title={t.scores.noLines} imageName="target" layout="vertical" testId="no-lines">
                <Text>{t.scorecard.emptyBody}</Text>
              </EmptyState>
            ) : (
              sheet.lines.map((line) => (
                <ScoreLine key={`${sheet.owner.id}|${sheet.period}|${lineId(line)}`} line={line} ownerId={sheet.owner.id} period={sheet.period} save={remote.save} onEnter={remote.enter} i18n={i18n} />
              ))
            )}
            {sheet.mayImport ? (
              <>
                <Divider />
                <ScoreImport client={client} i18n={i18n} />
              </>
            ) : null}
          </Flex>
        )}
      </RemoteView>
    </Flex>
  );
}
