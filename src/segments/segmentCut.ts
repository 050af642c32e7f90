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
  const values = companyValuesOf(data.companies ?? [], companyProperty);
  if (values === undefined) return err({ reason: 'company_property_not_read', message: `segments by the company property ${companyProperty} cannot be computed yet: the companies were read without it` });
  return ok({ cut: { by, companyValues: values }, property: companyProperty });
}

/** The property's value per company, HubSpot's empty string read as empty; undefined when a company was read without it. */
function companyValuesOf(companies: readonly Company[], property: string): Map<string, string | null> | undefined {
  const values = new Map<string, string | null>();
  for (const c of companies) {
    if (!(property in c.properties)) return undefined;
    const value = c.properties[property];
    values.set(c.id, value === null || value === undefined || value.trim() === '' ? null : value);
  }
  return values;
}
