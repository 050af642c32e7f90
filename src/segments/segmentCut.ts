import type { Company, Deal, PortalData } from '../domain/portal';
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

/**
 * The cut, and the property it reads (null by pipeline), out of the settings and what was read
 * (docs/kpis.md "Segments"); `won`: the won deals in scope (wonInSpans), whose customers count.
 */
export function segmentCutOf(companies: PortalData['companies'], won: readonly Deal[], settings: Pick<Settings, 'segments' | 'propertyMapping'>): Result<{ cut: SegmentCut; property: string | null }, SegmentCutProblem> {
  const { by, companyProperty } = settings.segments;
  const none = new Map<string, string | null>();
  if (by === 'pipeline') return ok({ cut: { by, companyValues: none }, property: null });
  if (by === 'deal_property') {
    const property = settings.propertyMapping.segment;
    if (property === null) return err({ reason: 'segment_property_unmapped', message: 'segments are set to a deal property, but no property is mapped: map the segment property in the settings' });
    return ok({ cut: { by, companyValues: none }, property });
  }
  if (companyProperty === null) return err({ reason: 'segment_company_property_missing', message: 'segments are set to a company property, but none is named: name it in the settings' });
  const customers = companies == null ? null : customersOf(won);
  if (customers === null) return err({ reason: 'companies_not_read', message: `segments by the company property ${companyProperty} cannot be computed: the deals' companies were not read` });
  const values = companyValuesOf(companies ?? [], companyProperty, customers);
  const unread = customers.size - values.size;
  // As key_account_share: a customer held without the property (or not held) is unknown, not "(no value)".
  if (unread > 0) return err({ reason: 'company_property_not_read', message: `segments by the company property ${companyProperty} cannot be computed yet: ${unread} of the won deals' customers were read without it` });
  return ok({ cut: { by, companyValues: values }, property: companyProperty });
}

/** The primary companies of these won deals; null when one of them was read without its companies. */
function customersOf(won: readonly Deal[]): Set<string> | null {
  const customers = new Set<string>();
  for (const d of won) {
    if (d.companyIds === null) return null;
    const customer = d.companyIds[0];
    if (customer !== undefined) customers.add(customer);
  }
  return customers;
}

/** The property's value for each of these customers read with it, HubSpot's empty string read as empty. */
function companyValuesOf(companies: readonly Company[], property: string, customers: ReadonlySet<string>): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const c of companies) {
    if (!customers.has(c.id) || !(property in c.properties)) continue;
    const value = c.properties[property];
    values.set(c.id, value === null || value === undefined || value.trim() === '' ? null : value);
  }
  return values;
}
