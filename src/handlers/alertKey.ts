import type { AlertEntry, AlertKeyInput } from '../store/alertLedger';

export interface AlertGroupRef {
  kind: 'team' | 'owner';
  id: string;
}

/** The ledger key of one pair of one group (kpi-spec §5 threshold alert): from/to are funnel step ids. */
export function alertKeyOf(portalId: number, period: string, pipelineId: string, group: AlertGroupRef, pair: { from: string; to: string }): AlertKeyInput {
  return { portalId, period, pipelineId, fromStageId: pair.from, toStageId: pair.to, groupType: group.kind, groupId: group.id };
}

/** One string per key, to match ledger entries with alerts in memory. */
export function alertKeyText(key: Pick<AlertEntry, 'pipelineId' | 'fromStageId' | 'toStageId' | 'groupType' | 'groupId'>): string {
  return [key.pipelineId, key.fromStageId, key.toStageId, key.groupType, key.groupId].join('\u0000');
}
