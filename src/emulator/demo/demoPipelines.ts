import type { HubSpotPipeline, HubSpotPipelineStage } from '../../domain/snapshot';

/**
 * The two deal pipelines in GET /crm/v3/pipelines/deals shape. New business is HubSpot's own
 * `default` pipeline with its real stage ids and probabilities; renewals is a custom pipeline,
 * so its ids are numeric as HubSpot assigns them.
 */
export const NEW_BUSINESS_PIPELINE_ID = 'default';
export const RENEWALS_PIPELINE_ID = '75915427';

interface StageSpec {
  id: string;
  label: string;
  probability: string;
  isClosed: boolean;
}

const NEW_BUSINESS_STAGES: StageSpec[] = [
  { id: 'appointmentscheduled', label: 'Appointment scheduled', probability: '0.2', isClosed: false },
  { id: 'qualifiedtobuy', label: 'Qualified to buy', probability: '0.4', isClosed: false },
  { id: 'presentationscheduled', label: 'Presentation scheduled', probability: '0.6', isClosed: false },
  { id: 'decisionmakerboughtin', label: 'Decision maker bought-in', probability: '0.8', isClosed: false },
  { id: 'contractsent', label: 'Contract sent', probability: '0.9', isClosed: false },
  { id: 'closedwon', label: 'Closed won', probability: '1.0', isClosed: true },
  { id: 'closedlost', label: 'Closed lost', probability: '0.0', isClosed: true },
];

const RENEWAL_STAGES: StageSpec[] = [
  { id: '158411301', label: 'Renewal review 续约沟通', probability: '0.3', isClosed: false },
  { id: '158411302', label: 'Quote sent 报价', probability: '0.6', isClosed: false },
  { id: '158411303', label: 'Contract 合同审批', probability: '0.9', isClosed: false },
  { id: '158411304', label: 'Renewed 已续约', probability: '1.0', isClosed: true },
  { id: '158411305', label: 'Churned 流失', probability: '0.0', isClosed: true },
];

function toPipeline(id: string, label: string, displayOrder: number, specs: StageSpec[], createdAt: string): HubSpotPipeline {
  const stages: HubSpotPipelineStage[] = specs.map((s, i) => ({
    id: s.id,
    label: s.label,
    displayOrder: i,
    metadata: { isClosed: String(s.isClosed), probability: s.probability },
    archived: false,
    createdAt,
    updatedAt: createdAt,
    writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
  }));
  return { id, label, displayOrder, stages, archived: false, createdAt, updatedAt: createdAt };
}

export function demoPipelines(createdAt: string): HubSpotPipeline[] {
  return [
    toPipeline(NEW_BUSINESS_PIPELINE_ID, 'New business 新客户', 0, NEW_BUSINESS_STAGES, createdAt),
    toPipeline(RENEWALS_PIPELINE_ID, 'Renewals 续约', 1, RENEWAL_STAGES, createdAt),
  ];
}

/** The stage ids the simulation walks: open stages in order, then the won and lost stage. */
export interface PipelinePath {
  pipelineId: string;
  openStageIds: string[];
  wonStageId: string;
  lostStageId: string;
}

export const NEW_BUSINESS_PATH: PipelinePath = {
  pipelineId: NEW_BUSINESS_PIPELINE_ID,
  openStageIds: NEW_BUSINESS_STAGES.filter((s) => !s.isClosed).map((s) => s.id),
  wonStageId: 'closedwon',
  lostStageId: 'closedlost',
};

export const RENEWALS_PATH: PipelinePath = {
  pipelineId: RENEWALS_PIPELINE_ID,
  openStageIds: RENEWAL_STAGES.filter((s) => !s.isClosed).map((s) => s.id),
  wonStageId: '158411304',
  lostStageId: '158411305',
};
