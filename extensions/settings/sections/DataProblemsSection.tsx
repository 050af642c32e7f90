import { Button, Flex, Heading, Link, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { DataProblemsOutput } from '../../../src/handlers/contracts/dataProblems';
import type { KpiClient } from '../../client/kpiClient';
import { RemoteView } from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import type { I18n } from '../../i18n/useI18n';

/** One kind of problem: its sentence with the count, then each owner with their deals, linked to the records. */
function ProblemKind({ kind, i18n }: { kind: DataProblemsOutput['kinds'][number]; i18n: I18n }) {
  const { t } = i18n;
  return (
    <Flex direction="column" gap="xs" testId={`problem-kind-${kind.kind}`}>
      <Heading>{t.scorecard.problem[kind.kind](kind.count)}</Heading>
      {kind.owners.map((o) => (
        <Flex key={o.ownerId ?? 'none'} direction="row" gap="xs" wrap testId={`problem-owner-${kind.kind}-${o.ownerId ?? 'none'}`}>
          <Text format={{ fontWeight: 'bold' }}>{t.settings.problemOwner(o.ownerName ?? t.settings.noOwner, o.deals.length)}</Text>
          {o.deals.map((d, i) => (
            <Link key={d.recordId} testId={`problem-deal-${kind.kind}-${d.recordId}`} href={{ url: d.url, external: true }}>
              {`${d.recordName ?? t.scorecard.unnamedDeal(d.recordId)}${i + 1 < o.deals.length ? ',' : ''}`}
            </Link>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * The portal's data problems for a RevOps lead to clean up (kpi-spec §2, docs/kpis.md "Data
 * problems"): grouped by kind, most frequent first, then by owner, as `kpi doctor` lists them.
 * Looked for on request: it reads every scorecard's deals, which opening the settings should not.
 */
export function DataProblemsSection({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const [asked, setAsked] = useState(false);
  if (!asked) {
    return (
      <Flex direction="column" gap="sm">
        <Text variant="microcopy">{i18n.t.settings.dataProblemsHelp}</Text>
        <Button testId="find-data-problems" onClick={() => setAsked(true)}>{i18n.t.settings.findDataProblems}</Button>
      </Flex>
    );
  }
  return <DataProblemsReport client={client} i18n={i18n} />;
}

function DataProblemsReport({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t } = i18n;
  const remote = useRemote(() => client.dataProblems(), 'data-problems');
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(report) => (
        <Flex direction="column" gap="md">
          <Text testId="data-problems-summary">
            {report.kinds.length === 0 ? t.settings.noDataProblems(report.deals, report.from, report.to) : t.settings.dataProblemsSummary(report.dealsWithProblems, report.deals, report.from, report.to)}
          </Text>
          {report.kinds.map((kind) => <ProblemKind key={kind.kind} kind={kind} i18n={i18n} />)}
        </Flex>
      )}
    </RemoteView>
  );
}
