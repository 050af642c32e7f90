import { formatPeriod, parsePeriod } from '../domain/period';
import type { Pipeline } from '../domain/portal';
import { fieldError, type FieldError } from './fieldError';
import type { Settings } from './settingsSchema';

/**
 * Segments (docs/kpis.md "Segments"): cutting by a deal property needs the property mapped, by
 * a company property needs that property named; a
 * target's period must parse, and, cut by pipeline, name a pipeline of the portal; one target
 * per segment and period.
 */
export function segmentErrors(settings: Pick<Settings, 'segments' | 'propertyMapping'>, pipelines: readonly Pipeline[]): FieldError[] {
  const errors: FieldError[] = [];
  const { by, targets } = settings.segments;
  if (by === 'deal_property' && settings.propertyMapping.segment === null) {
    errors.push(fieldError(['propertyMapping', 'segment'], 'map the deal property segments are cut by, or cut them by pipeline', 'segment_property_unmapped'));
  }
  if (by === 'company_property' && settings.segments.companyProperty === null) {
    errors.push(fieldError(['segments', 'companyProperty'], 'name the company property segments are cut by, or cut them by pipeline', 'segment_company_property_missing'));
  }
  const seen = new Map<string, number>();
  targets.forEach((target, i) => {
    const period = parsePeriod(target.period);
    if (!period.ok) errors.push(fieldError(['segments', 'targets', i, 'period'], period.error, 'period_invalid', { period: target.period }));
    if (by === 'pipeline' && !pipelines.some((p) => p.id === target.segment)) {
      errors.push(fieldError(['segments', 'targets', i, 'segment'], `pipeline ${target.segment} does not exist in this portal`, 'unknown_pipeline', { pipeline: target.segment }));
    }
    const key = `${target.segment}|${period.ok ? formatPeriod(period.value) : target.period}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(fieldError(['segments', 'targets', i, 'period'], `${target.segment} already has a target for ${target.period} (target ${first + 1})`, 'segment_target_duplicate', { period: target.period, first: first + 1 }));
  });
  return errors;
}
