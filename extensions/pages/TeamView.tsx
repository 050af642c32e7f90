import { Button, EmptyState, Flex, Heading, Link, Select, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import { OwnerScorecard } from '../cards/OwnerScorecard';
import { ScoredWithNote } from '../cards/scorecard/ScoredWithNote';
import { csvHref } from '../client/csvHref';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { useTeamScorecards } from '../hooks/useTeamScorecards';
import type { I18n } from '../i18n/useI18n';
import type { SortDirection, TeamSortKey } from './team/sortTeamRows';
import { sortTeamRows } from './team/sortTeamRows';
import { TeamTable } from './team/TeamTable';
import { teamTableCsv } from './team/teamTableCsv';

/**
 * The team side by side (kpi-spec §6) for managers and directors: a ranking by total (or any
 * KPI), the team's own line, a CSV of what is shown, and a click on a name opens that rep's
 * scorecard for the same period.
 */
export function TeamView({ client, locale, i18n }: { client: KpiClient; locale?: string; i18n: I18n }) {
  const { t } = i18n;
  const remote = useTeamScorecards(client);
  const [sort, setSort] = useState<{ key: TeamSortKey; direction: SortDirection }>({ key: 'total', direction: 'descending' });
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(data) => {
        if (opened !== null) {
          return (
            <Flex direction="column" gap="md">
              <Button testId="back" variant="transparent" onClick={() => setOpened(null)}>
                {t.team.back}
              </Button>
              <OwnerScorecard client={client} ownerId={opened} locale={locale} initialPeriod={data.period} />
            </Flex>
          );
        }
        const rows = sortTeamRows(data.members, sort.key, sort.direction);
        return (
          <Flex direction="column" gap="md">
            <Flex direction="row" justify="between" align="end" wrap>
              <Heading>{t.team.title(data.team.name)}</Heading>
              <Flex direction="row" gap="sm">
                <Select testId="team" label={t.team.team} name="team" value={data.team.id} options={data.teams.map((team) => ({ label: team.name, value: team.id }))} onChange={(value) => remote.select({ teamId: String(value) })} />
                <Select testId="period" label={t.scorecard.period} name="period" value={data.period} options={data.periods.map((p) => ({ label: p, value: p }))} onChange={(value) => remote.select({ period: String(value) })} />
              </Flex>
            </Flex>
            <ScoredWithNote scoredWith={data.scoredWith} i18n={i18n} />
            {data.members.length === 0 ? (
              <EmptyState title={t.team.empty} imageName="contacts" layout="vertical" testId="empty">
                <Text>{t.team.empty}</Text>
              </EmptyState>
            ) : (
              <>
                <TeamTable data={data} rows={rows} sort={sort} onSort={(key, direction) => setSort({ key, direction })} onOpen={setOpened} i18n={i18n} />
                <Text variant="microcopy">{t.team.openHint}</Text>
                <Link testId="export-team" href={csvHref(teamTableCsv(data, rows, i18n))}>
                  {t.team.exportCsv(String(rows.length + 1))}
                </Link>
              </>
            )}
          </Flex>
        );
      }}
    </RemoteView>
  );
}
