import { z } from 'zod';
import type { ObjectInput, SearchFilter } from './crmTransport';
import type { SearchSpec } from './searchPlan';

/**
 * A HubSpot task as the alert scan creates it for a manager (design.md "Funnel health":
 * each alert becomes a task assigned to the manager), associated with a deal when it is about
 * one. `key` is written into the body's first line so that a later scan finds the task again
 * instead of creating a duplicate.
 */
export const taskInputSchema = z.object({
  subject: z.string().min(1).max(500),
  body: z.string().default(''),
  ownerId: z.string().min(1),
  /** Due date, epoch ms. */
  dueAt: z.number().int(),
  priority: z.enum(['NONE', 'LOW', 'MEDIUM', 'HIGH']).default('MEDIUM'),
  dealId: z.string().min(1).optional(),
});
export type TaskInput = z.input<typeof taskInputSchema>;

/** HubSpot's association type id for task → deal (HUBSPOT_DEFINED). */
export const TASK_TO_DEAL = 216;

export const TASK_PROPERTIES = ['hs_task_subject', 'hs_task_body', 'hs_task_status', 'hs_task_priority', 'hs_timestamp', 'hubspot_owner_id'];

/** Task search: by owner and, optionally, subject; open tasks only unless `includeCompleted`. */
export const taskQuerySchema = z.object({
  ownerIds: z.array(z.string().min(1)).optional(),
  subject: z.string().min(1).optional(),
  includeCompleted: z.boolean().default(false),
});
export type TaskQuery = z.input<typeof taskQuerySchema>;

/** The create-task body: an open to-do for the owner, due at `dueAt`, on the deal when given. */
export function taskObjectInput(input: TaskInput): ObjectInput {
  const task = taskInputSchema.parse(input);
  return {
    properties: {
      hs_task_subject: task.subject,
      hs_task_body: task.body,
      hubspot_owner_id: task.ownerId,
      hs_timestamp: new Date(task.dueAt).toISOString(),
      hs_task_status: 'NOT_STARTED',
      hs_task_priority: task.priority,
      hs_task_type: 'TODO',
    },
    associations: task.dealId ? [{ to: { id: task.dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_DEAL }] }] : [],
  };
}

export function taskSearchSpec(input: TaskQuery): SearchSpec {
  const query = taskQuerySchema.parse(input);
  const filters: SearchFilter[] = [];
  if (query.subject !== undefined) filters.push({ propertyName: 'hs_task_subject', operator: 'EQ', value: query.subject });
  if (!query.includeCompleted) filters.push({ propertyName: 'hs_task_status', operator: 'NEQ', value: 'COMPLETED' });
  return {
    inLists: query.ownerIds === undefined ? [] : [{ propertyName: 'hubspot_owner_id', values: query.ownerIds }],
    alternatives: filters.length > 0 ? [filters] : [],
    properties: TASK_PROPERTIES,
  };
}
