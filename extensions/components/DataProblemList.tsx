import { Flex, Link, Text } from '@hubspot/ui-extensions';
import type { DataProblem, DataProblemKind } from '../../src/domain/dataProblem';
import type { I18n } from '../i18n/useI18n';
import { dealRecordUrl } from '../../src/domain/dealRecordUrl';

/** Problems grouped by kind, each group's deals once, in the order they came. */
export function groupProblems(problems: readonly DataProblem[]): { kind: DataProblemKind; deals: DataProblem[] }[] {
  const groups = new Map<DataProblemKind, Map<string, DataProblem>>();
  for (const p of problems) {
    const group = groups.get(p.kind) ?? new Map<string, DataProblem>();
    if (!group.has(p.recordId)) group.set(p.recordId, p);
    groups.set(p.kind, group);
  }
  return [...groups].map(([kind, deals]) => ({ kind, deals: [...deals.values()] }));
}

/**
 * The records a provisional scorecard left out (kpi-spec §2): "1 deal has an amount that is not
 * a number: Acme renewal", each deal linked to its record so it can be fixed there. Without the
 * portal id (outside HubSpot) the names are shown without links.
 */
export function DataProblemList({ problems, portalId, i18n }: { problems: readonly DataProblem[]; portalId?: number; i18n: I18n }) {
  const { t } = i18n;
  if (problems.length === 0) return null;
  return (
    <Flex direction="column" gap="xs" testId="data-problems">
      <Text format={{ fontWeight: 'bold' }}>{t.scorecard.problemsTitle}</Text>
      {groupProblems(problems).map(({ kind, deals }) => (
        <Flex key={kind} direction="row" gap="xs" wrap testId={`problem-${kind}`}>
          <Text>{t.scorecard.problemLead(t.scorecard.problem[kind](deals.length))}</Text>
          {deals.map((p, i) => {
            const name = `${p.recordName ?? t.scorecard.unnamedDeal(p.recordId)}${i + 1 < deals.length ? ',' : ''}`;
            return portalId === undefined ? (
              <Text key={p.recordId}>{name}</Text>
            ) : (
              <Link key={p.recordId} testId={`problem-deal-${p.recordId}`} href={{ url: dealRecordUrl(portalId, p.recordId), external: true }}>
                {name}
              </Link>
            );
          })}
        </Flex>
      ))}
    </Flex>
  );
}
