import type { Bounds } from '../domain/period';
import type { Company, PortalData } from '../domain/portal';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import type { SegmentCut } from './segmentKey';

/**
 * Why segments cannot be cut: the settings name no property (the admin fixes that), or the
 * deals' companies, or the company property, were not read (a live read keeps no
 * associations; the mirror reads a newly named property again): then the segments are
 * unknown, never a table of zeros.
 */
export interface SegmentCutProblem {
  reason: 'segment_property_unmapped' | 'segment_company_property_missing' | 'companies_not_read' | 'company_property_not_read';
  message: string;
}

/** The cut, and the property it reads (null by pipeline), out of the settings and what was read (docs/kpis.md "Segments"). */
export function segmentCutOf(data: PortalData, settings: Pick<Settings, 'segments' | 'propertyMapping'>, ownerIds: ReadonlySet<string>): Result<{ cut: SegmentCut; property: string | null }, SegmentCutProblem> {
  const { by, companyProperty } = settings.segments;
  const none = new Map<string, string | null>();
  if (by === 'pipeline') return ok({ cut: { by, companyValues: none }, property: null });
  if (by === 'deal_property') {
    const property = settings.propertyMapping.segment;
    if (property === null) return err({ reason: 'segment_property_unmapped', message: 'segments are set to a deal property, but no property is mapped: map the segment property in the settings' });
    return ok({ cut: { by, companyValues: none }, property });
  }
  if (companyProperty === null) return err({ reason: 'segment_company_property_missing', message: 'segments are set to a company property, but none is named: name it in the settings' });
  const unread = data.companies == null || data.deals.some((d) => d.outcome === 'won' && d.companyIds === null && d.ownerId !== null && ownerIds.has(d.ownerId));
  if (unread) return err({ reason: 'companies_not_read', message: `segments by the company property ${companyProperty} cannot be computed: the deals' companies were not read` });
  return ok({ cut: { by, companyValues: companyValuesOf(data.companies ?? [], companyProperty) }, property: companyProperty });
}

/**
 * The won deals in the spans whose customer is not among the companies read with the property
 * (held without it, or not held): their segment is unknown, as key_account_share counts them.
 */
export function unreadCustomers(data: PortalData, cut: SegmentCut, ownerIds: ReadonlySet<string>, spans: readonly Bounds[]): number {
  if (cut.by !== 'company_property') return 0;
  let unread = 0;
  for (const d of data.deals) {
    if (d.outcome !== 'won' || d.closedAt === null || d.ownerId === null || !ownerIds.has(d.ownerId)) continue;
    const customer = d.companyIds?.[0];
    const at = d.closedAt;
    if (customer !== undefined && !cut.companyValues.has(customer) && spans.some((s) => at >= s.start && at < s.end)) unread++;
  }
  return unread;
}

/** The property's value per company read with it, HubSpot's empty string read as empty. */
function companyValuesOf(companies: readonly Company[], property: string): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const c of companies) {
    if (!(property in c.properties)) continue;
    const value = c.properties[property];
    values.set(c.id, value === null || value === undefined || value.trim() === '' ? null : value);
  }
  return values;
}
