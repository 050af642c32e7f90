import type { HubSpotPipeline } from '../../domain/snapshot';
import type { CrmState } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import type { HttpReply } from '../httpReply';
import { badRequest, notFound, reply } from '../httpReply';
import { builtInObjectType } from '../objectTypes';

/**
 * `GET /crm/v3/pipelines/{objectType}` and `.../{pipelineId}`. The snapshot holds deal
 * pipelines only; tickets (the other pipelined type) answer with none.
 */
export function pipelinesRoutes(state: CrmState): RouteSpec[] {
  const pipelinesOf = (segment: string): HubSpotPipeline[] | HttpReply => {
    const type = builtInObjectType(segment);
    if (type?.name === 'deals') return state.pipelines.filter((p) => p.archived !== true);
    if (type?.name === 'tickets') return [];
    return badRequest(`Unable to infer object type from: ${segment}`);
  };
  return [
    {
      method: 'get',
      paths: ['/crm/v3/pipelines/:objectType'],
      key: 'GET /crm/v3/pipelines/{objectType}',
      handler: ({ params }) => {
        const pipelines = pipelinesOf(params.objectType ?? '');
        if (!Array.isArray(pipelines)) return pipelines;
        return reply(200, { results: pipelines.map((p) => publicPipeline(p, state.seededAt)) });
      },
    },
    {
      method: 'get',
      paths: ['/crm/v3/pipelines/:objectType/:pipelineId'],
      key: 'GET /crm/v3/pipelines/{objectType}/{pipelineId}',
      handler: ({ params }) => {
        const pipelines = pipelinesOf(params.objectType ?? '');
        if (!Array.isArray(pipelines)) return pipelines;
        const pipeline = pipelines.find((p) => p.id === params.pipelineId);
        if (pipeline === undefined) return notFound(`Unable to find pipeline ${params.pipelineId ?? ''}`);
        return reply(200, publicPipeline(pipeline, state.seededAt));
      },
    },
  ];
}

function publicPipeline(pipeline: HubSpotPipeline, seededAt: string): Record<string, unknown> {
  const createdAt = pipeline.createdAt ?? seededAt;
  return {
    id: pipeline.id,
    label: pipeline.label,
    displayOrder: pipeline.displayOrder,
    createdAt,
    updatedAt: pipeline.updatedAt ?? createdAt,
    archived: pipeline.archived ?? false,
    stages: pipeline.stages.map((stage) => ({
      id: stage.id,
      label: stage.label,
      displayOrder: stage.displayOrder,
      metadata: stage.metadata,
      createdAt: stage.createdAt ?? createdAt,
      updatedAt: stage.updatedAt ?? stage.createdAt ?? createdAt,
      archived: stage.archived ?? false,
      writePermissions: stage.writePermissions ?? 'CRM_PERMISSIONS_ENFORCEMENT',
    })),
  };
}
