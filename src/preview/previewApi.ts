import { z } from 'zod';

/**
 * The preview server's own small API (`/preview/api/...`): what the host page needs that an
 * extension never asks for, i.e. the people to view as, records to open and the tasks that
 * landed in the CRM. Both sides parse with these schemas.
 */
export const previewPersonSchema = z.object({
  userId: z.number().int(),
  ownerId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(['rep', 'manager', 'director', 'admin']),
  teamName: z.string().nullable(),
});
export type PreviewPersonDto = z.infer<typeof previewPersonSchema>;

export const previewSessionSchema = z.object({
  portal: z.object({ id: z.number().int(), timeZone: z.string(), currency: z.string() }),
  /** Where the CRM data comes from: the seeded emulator, or a real portal (HUBSPOT_ACCESS_TOKEN). */
  source: z.enum(['emulator', 'hubspot']),
  people: z.array(previewPersonSchema),
});
export type PreviewSession = z.infer<typeof previewSessionSchema>;

export const recordTypeSchema = z.enum(['deals', 'companies', 'contacts']);

export const recordSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  ownerId: z.string().nullable(),
  /** The owner as people know them; null without an owner (or one HubSpot no longer lists). */
  ownerName: z.string().nullable().default(null),
  /** Deals: the amount in the portal's currency; null when unknown or not a deal. */
  amount: z.number().nullable().default(null),
  /** One line under the name: domain or email (companies, contacts). */
  detail: z.string().nullable(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const recordListSchema = z.object({ records: z.array(recordSummarySchema) });

export const previewTaskSchema = z.object({
  id: z.string(),
  subject: z.string(),
  body: z.string().nullable(),
  ownerId: z.string().nullable(),
  priority: z.string().nullable(),
  status: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type PreviewTask = z.infer<typeof previewTaskSchema>;

export const taskListSchema = z.object({ tasks: z.array(previewTaskSchema) });
