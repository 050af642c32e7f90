import fc from 'fast-check';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { FieldError } from '../../src/settings/fieldError';
import type { Settings } from '../../src/settings/settingsSchema';
import { validateSettings } from '../../src/settings/validateSettings';
import { salesPipeline } from './fixtures';

const ctx = { pipelines: [salesPipeline], ownerIds: ['101', '102', '103'], teamIds: ['t1'] };

/** The defaults with one change made by `edit` (a plain JSON copy, as the settings page sends). */
function edited(edit: (s: Settings) => void): unknown {
  const settings = JSON.parse(JSON.stringify(defaultSettings())) as Settings;
  edit(settings);
  return settings;
}

function errorsOf(input: unknown, context = ctx): FieldError[] {
  const result = validateSettings(input, context);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.error.map(({ field, message }) => ({ field, message }));
}

/** The codes the settings page words in the admin's language, per field. */
function reasonsOf(input: unknown, context = ctx): [string, string | undefined][] {
  const result = validateSettings(input, context);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.error.map((e) => [e.field, e.reason]);
}

describe('validateSettings: what passes', () => {
  it('accepts the defaults of kpi-spec §8 and returns them whole', () => {
    const result = validateSettings(defaultSettings(), ctx);
    expect(result).toEqual({ ok: true, value: defaultSettings() });
  });

  it('fills in the schema defaults of a minimal object', () => {
    const { roles, grades, funnel, commission } = defaultSettings();
    const result = validateSettings({ roles, grades, funnel: { thresholds: funnel.thresholds }, commission: { tiers: commission.tiers } }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.commission.mode).toBe('marginal');
    expect(result.value.funnel.minSample).toBe(20);
  });

  it('accepts a threshold on existing stages, managers and directors that are owners', () => {
    const input = edited((s) => {
      s.funnel.thresholds = [{ pipelineId: 'default', fromStageId: 'lead', toStageId: 'qualified', minRate: 0.3 }];
      s.teams = [{ teamId: 't1', managerOwnerIds: ['102'] }];
      s.directorOwnerIds = ['103'];
      s.quotas = [{ ownerId: '101', period: '2026', amount: 1_200_000, split: 'even' }];
    });
    expect(validateSettings(input, ctx).ok).toBe(true);
  });
});

describe('validateSettings: every rule names its field', () => {
  it('names the key-account and strategic-product settings an admin left half-filled', () => {
    const errors = errorsOf(
      edited((s) => {
        s.keyAccounts = { property: 'tier', values: [] };
        s.strategicProducts = { productIds: [], property: 'product_line', values: [] };
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['keyAccounts.values', 'strategicProducts']));
  });

  it('names a target customer base for an unknown team, a bad period or a holder given twice', () => {
    const errors = errorsOf(
      edited((s) => {
        s.customerBaseTargets = [
          { teamId: 'nope', period: '2026-Q3', customers: 10 },
          { ownerId: '101', period: '2026-Q9', customers: 5 },
          { ownerId: '102', period: '2026-Q3', customers: 5 },
          { ownerId: '102', period: '2026-Q3', customers: 6 },
        ];
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(['customerBaseTargets.0.teamId', 'customerBaseTargets.1.period', 'customerBaseTargets.3.period']);
  });

  it('names the role list when the weights do not add up to 100', () => {
    const input = edited((s) => {
      (s.roles.rep.kpis[0] as { weight: number }).weight = 50;
    });
    expect(errorsOf(input)).toEqual([{ field: 'roles.rep.kpis', message: 'weights add up to 110; they must add up to 100' }]);
  });

  it('names the entry of a fractional weight (zod) and keeps checking the other roles', () => {
    const input = edited((s) => {
      (s.roles.rep.kpis[2] as { weight: number }).weight = 14.5;
      (s.roles.manager.kpis[0] as { weight: number }).weight = 30;
    });
    const errors = errorsOf(input);
    expect(errors).toContainEqual({ field: 'roles.rep.kpis.2.weight', message: 'must be a whole number' });
    expect(errors).toContainEqual({ field: 'roles.manager.kpis', message: 'weights add up to 90; they must add up to 100' });
  });

  it('names a KPI listed twice in one template', () => {
    const input = edited((s) => {
      s.roles.rep.kpis[1] = { ...s.roles.rep.kpis[1]!, kpi: 'revenue_attainment' };
    });
    expect(errorsOf(input)).toEqual([
      { field: 'roles.rep.kpis.1.kpi', message: 'revenue_attainment is already in the rep template (entry 1); list each KPI once' },
    ]);
  });

  it('names an unknown KPI id in words an admin understands', () => {
    const input = edited((s) => {
      (s.roles.director.kpis[1] as { kpi: string }).kpi = 'profit';
    });
    expect(errorsOf(input)).toEqual([
      { field: 'roles.director.kpis.1.kpi', message: '"profit" is not a known KPI: use a built-in KPI id or manual:<key> (lower case, digits, _)' },
    ]);
  });

  it('names a linear floor above its cap, a target of 0, and two bands with one bound', () => {
    const input = edited((s) => {
      s.roles.rep.kpis[0] = { ...s.roles.rep.kpis[0]!, scoring: { type: 'linear', floor: 2, cap: 1.5 } };
      s.roles.rep.kpis[1] = { ...s.roles.rep.kpis[1]!, target: 0 };
      s.roles.rep.kpis[4] = {
        ...s.roles.rep.kpis[4]!,
        scoring: { type: 'bands', bands: [{ from: 20, score: 80 }, { from: 20, score: 100 }] },
      };
    });
    expect(errorsOf(input).map((e) => e.field)).toEqual([
      'roles.rep.kpis.0.scoring.floor',
      'roles.rep.kpis.1.target',
      'roles.rep.kpis.4.scoring.bands.1.from',
    ]);
  });

  it('says tiers overlap when they are not ascending, and wants the first tier at 0', () => {
    const input = edited((s) => {
      s.commission.tiers = [
        { from: 0.1, rate: 0.05 },
        { from: 1.2, rate: 0.06 },
        { from: 1.0, rate: 0.07 },
      ];
    });
    expect(errorsOf(input)).toEqual([
      { field: 'commission.tiers.0.from', message: 'the first tier must start at 0% of target, not 10%' },
      {
        field: 'commission.tiers.2.from',
        message: 'tiers overlap: tier 3 starts at 100%, not above tier 2 (120%); list tiers in ascending order',
      },
    ]);
  });

  it('names grade bands that share a minimum', () => {
    const input = edited((s) => {
      s.grades = [
        { grade: 'A', min: 110 },
        { grade: 'B', min: 110 },
        { grade: 'D', min: 0 },
      ];
    });
    expect(errorsOf(input)).toEqual([
      { field: 'grades.1.min', message: 'grades A and B both start at 110; each grade needs its own minimum' },
    ]);
  });

  it('keeps rates within 0–1 (a 130% threshold, a 6-fold commission rate)', () => {
    const input = edited((s) => {
      s.funnel.thresholds = [{ pipelineId: 'default', fromStageId: 'lead', toStageId: 'qualified', minRate: 1.3 }];
      s.funnel.defaultThresholds.firstPair = -0.1;
      s.commission.tiers = [{ from: 0, rate: 6 }];
    });
    const fields = errorsOf(input).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['funnel.thresholds.0.minRate', 'funnel.defaultThresholds.firstPair', 'commission.tiers.0.rate']),
    );
  });

  it('names an unknown pipeline, an unknown stage, a lost stage and a backwards pair', () => {
    const input = edited((s) => {
      s.funnel.thresholds = [
        { pipelineId: 'renewals', fromStageId: 'lead', toStageId: 'qualified', minRate: 0.3 },
        { pipelineId: 'default', fromStageId: 'lead', toStageId: 'demo', minRate: 0.3 },
        { pipelineId: 'default', fromStageId: 'proposal', toStageId: 'lost', minRate: 0.3 },
        { pipelineId: 'default', fromStageId: 'proposal', toStageId: 'qualified', minRate: 0.3 },
      ];
    });
    expect(errorsOf(input)).toEqual([
      { field: 'funnel.thresholds.0.pipelineId', message: 'pipeline "renewals" does not exist in this portal' },
      { field: 'funnel.thresholds.1.toStageId', message: 'stage "demo" is not a stage of pipeline "Sales"' },
      { field: 'funnel.thresholds.2.toStageId', message: 'stage "Closed lost" is closed lost: lost is an outcome, not a funnel step' },
      { field: 'funnel.thresholds.3.toStageId', message: 'stage "Qualified" does not come after "Proposal" in pipeline "Sales"' },
    ]);
  });

  it('names a quota period that does not parse, and seasonality on a quarter', () => {
    const input = edited((s) => {
      s.quotas = [
        { ownerId: '101', period: '2026-Q5', amount: 1000, split: 'even' },
        { teamId: 't1', period: '2026-Q3', amount: 1000, split: Array.from({ length: 12 }, () => 1) },
      ];
    });
    expect(errorsOf(input)).toEqual([
      { field: 'quotas.0.period', message: '"2026-Q5" is not a period: use 2026-Q3, 2026-07 or 2026' },
      { field: 'quotas.1.split', message: 'seasonality weights spread a yearly quota; 2026-Q3 is not a year' },
    ]);
  });

  it('names a second quota for the same owner and period', () => {
    const input = edited((s) => {
      s.quotas = [
        { ownerId: '101', period: '2026-Q3', amount: 1000, split: 'even' },
        { ownerId: '101', period: '2026q3', amount: 2000, split: 'even' },
      ];
    });
    expect(errorsOf(input)).toEqual([{ field: 'quotas.1.period', message: 'owner 101 already has a quota for 2026q3 (quota 1)' }]);
  });

  it('names managers, directors and quota owners that are not owners of the portal', () => {
    const input = edited((s) => {
      s.teams = [{ teamId: 't9', managerOwnerIds: ['101', '999'] }];
      s.directorOwnerIds = ['998'];
      s.quotas = [{ ownerId: '997', period: '2026', amount: 5, split: 'even' }];
    });
    expect(errorsOf(input)).toEqual([
      { field: 'quotas.0.ownerId', message: 'owner 997 does not exist in this portal' },
      { field: 'teams.0.teamId', message: 'team t9 does not exist in this portal' },
      { field: 'teams.0.managerOwnerIds.1', message: 'owner 999 does not exist in this portal' },
      { field: 'directorOwnerIds.0', message: 'owner 998 does not exist in this portal' },
    ]);
    expect(validateSettings(input, { pipelines: [salesPipeline] }).ok).toBe(true);
  });

  it('wants the 360 weights to add up to 100%', () => {
    const input = edited((s) => {
      s.evaluation360 = { self: 0.3, manager: 0.4, customer: 0.2 };
    });
    expect(errorsOf(input)).toEqual([{ field: 'evaluation360', message: 'the 360 weights add up to 90%; they must add up to 100%' }]);
  });

  it('refuses the mapped-property forecast source with no forecast property mapped, and an unknown source by name', () => {
    const unmapped = edited((s) => {
      s.forecastSource = 'mapped_property';
    });
    expect(errorsOf(unmapped)).toEqual([{ field: 'forecastSource', message: 'forecasts from the mapped property need the forecast property mapped (Properties)' }]);
    const mapped = edited((s) => {
      s.forecastSource = 'mapped_property';
      s.propertyMapping.forecastAmount = 'forecast_q_start';
    });
    expect(validateSettings(mapped, ctx).ok).toBe(true);
    const unknown = edited((s) => {
      (s as { forecastSource: string }).forecastSource = 'crystal_ball';
    });
    expect(errorsOf(unknown).map((e) => e.field)).toEqual(['forecastSource']);
    expect(validateSettings(edited((s) => void delete (s as Partial<Settings>).forecastSource), ctx)).toMatchObject({ ok: true, value: { forecastSource: 'weighted_pipeline' } });
  });

  it('names missing sections and a bad time zone, and still reports the rules on what parsed', () => {
    const input = edited((s) => {
      delete (s as Partial<Settings>).grades;
      s.timeZone = 'Mars/Olympus';
      (s.roles.rep.kpis[0] as { weight: number }).weight = 10;
    });
    expect(errorsOf(input)).toEqual([
      { field: 'timeZone', message: 'is not a known IANA time zone' },
      { field: 'grades', message: 'is required' },
      { field: 'roles.rep.kpis', message: 'weights add up to 70; they must add up to 100' },
    ]);
  });

  it('refuses something that is not a settings object at all', () => {
    expect(errorsOf(null)).toEqual([{ field: '', message: 'Invalid input: expected object, received null' }]);
  });

  it('never returns half-valid settings: any single broken weight refuses the whole object', () => {
    fc.assert(
      fc.property(fc.constantFrom('rep', 'manager', 'director' as const), fc.nat({ max: 5 }), fc.integer({ min: 1, max: 50 }), (role, at, delta) => {
        const input = edited((s) => {
          const entry = s.roles[role].kpis[at];
          if (entry) entry.weight = Math.min(100, entry.weight + delta);
        });
        const result = validateSettings(input, ctx);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.map((e) => e.field)).toContain(`roles.${role}.kpis`);
      }),
    );
  });
});

describe('validateSettings: segments and digests', () => {
  it('accepts segments by a mapped property with targets, and the digests in Chinese', () => {
    const input = edited((s) => {
      s.propertyMapping.segment = 'region';
      s.segments = { by: 'deal_property', companyProperty: null, targets: [{ segment: 'East', period: '2026-Q3', amount: 40_000 }] };
      s.digests = { weekly: true, monthly: false, language: 'zh' };
    });
    expect(validateSettings(input, ctx).ok).toBe(true);
  });

  it('names the mapping a property cut needs, an unknown pipeline, a bad period and a second target for the same period', () => {
    const byProperty = errorsOf(edited((s) => void (s.segments = { by: 'deal_property', companyProperty: null, targets: [] })));
    expect(byProperty).toEqual([{ field: 'propertyMapping.segment', message: 'map the deal property segments are cut by, or cut them by pipeline' }]);
    const byPipeline = errorsOf(
      edited((s) => {
        s.segments.targets = [
          { segment: 'default', period: '2026-Q3', amount: 1 },
          { segment: 'nope', period: '2026-Q3', amount: 1 },
          { segment: 'default', period: 'soon', amount: 1 },
          { segment: 'default', period: '2026q3', amount: 2 },
        ];
      }),
    );
    expect(byPipeline.map((e) => e.field)).toEqual(['segments.targets.1.segment', 'segments.targets.2.period', 'segments.targets.3.period']);
    expect(reasonsOf(edited((s) => void (s.segments = { by: 'deal_property', companyProperty: null, targets: [{ segment: 'East', period: '2026-Q3', amount: 1 }, { segment: 'East', period: '2026q3', amount: 2 }] })))).toEqual([
      ['propertyMapping.segment', 'segment_property_unmapped'],
      ['segments.targets.1.period', 'segment_target_duplicate'],
    ]);
    expect(errorsOf(edited((s) => void ((s.digests as { language: string }).language = 'fr'))).map((e) => e.field)).toEqual(['digests.language']);
  });

  it('asks for the company property when segments are cut by one, and takes a named one with value targets', () => {
    expect(reasonsOf(edited((s) => void (s.segments = { by: 'company_property', companyProperty: null, targets: [] })))).toEqual([
      ['segments.companyProperty', 'segment_company_property_missing'],
    ]);
    expect(reasonsOf(edited((s) => void (s.segments = { by: 'company_property', companyProperty: '  ', targets: [] })))).toEqual([
      ['segments.companyProperty', 'text_too_short'],
    ]);
    const named = validateSettings({ ...defaultSettings(), segments: { by: 'company_property', companyProperty: 'industry', targets: [{ segment: 'COMPUTER_SOFTWARE', period: '2026-Q3', amount: 5 }] } }, ctx);
    expect(named.ok && named.value.segments).toEqual({ by: 'company_property', companyProperty: 'industry', targets: [{ segment: 'COMPUTER_SOFTWARE', period: '2026-Q3', amount: 5 }] });
  });
});

/** Every path the settings page edits, with values of the wrong kind an admin (or a client) could send. */
const EDITED_PATHS: (string | number)[][] = [
  ['roles', 'rep', 'kpis', 0, 'weight'], ['roles', 'rep', 'kpis', 1, 'target'], ['roles', 'manager', 'kpis', 0, 'scoring', 'floor'],
  ['roles', 'director', 'kpis', 0, 'scoring', 'cap'], ['roles', 'rep', 'kpis', 2, 'kpi'], ['grades', 0, 'min'], ['grades', 1, 'grade'],
  ['flags', 'promotionAfterQuarters'], ['funnel', 'maturityDays'], ['funnel', 'minSample'], ['funnel', 'defaultThresholds', 'firstPair'],
  ['commission', 'tiers', 0, 'from'], ['commission', 'tiers', 1, 'rate'], ['commission', 'cap'], ['commission', 'mode'],
  ['propertyMapping', 'grossMargin'], ['timeZone'], ['fiscalYearStartMonth'], ['growthComparison'], ['directorOwnerIds'], ['evaluation360', 'self'],
];
const JUNK: unknown[] = ['abc', Number.NaN, -5, 1.5, 1000, '', null, [], {}];

function setAt(settings: Settings, path: (string | number)[], value: unknown): void {
  let at = settings as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string] = value;
}

describe('validateSettings: every refusal has a reason the page can word', () => {
  it('gives each error a reason code, whatever wrong value lands in whichever edited field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EDITED_PATHS), fc.constantFrom(...JUNK), (path, value) => {
        const result = validateSettings(edited((s) => setAt(s, path, value)), ctx);
        if (result.ok) return;
        for (const e of result.error) expect(e.reason).toBeDefined();
      }),
    );
  });

  it('says "not a number" for text in a number field and "whole number" for a fractional weight', () => {
    expect(reasonsOf(edited((s) => setAt(s, ['roles', 'rep', 'kpis', 0, 'weight'], 'abc')))).toContainEqual(['roles.rep.kpis.0.weight', 'not_a_number']);
    expect(reasonsOf(edited((s) => setAt(s, ['roles', 'rep', 'kpis', 0, 'weight'], Number.NaN)))).toContainEqual(['roles.rep.kpis.0.weight', 'not_a_number']);
    expect(reasonsOf(edited((s) => setAt(s, ['roles', 'rep', 'kpis', 0, 'weight'], 40.5)))).toContainEqual(['roles.rep.kpis.0.weight', 'whole_number']);
  });

  it('still checks the other entries of a template one of whose weights is text, but not the sum', () => {
    const input = edited((s) => {
      setAt(s, ['roles', 'rep', 'kpis', 0, 'weight'], 'abc');
      setAt(s, ['roles', 'rep', 'kpis', 2, 'target'], 0);
    });
    expect(reasonsOf(input)).toEqual([['roles.rep.kpis.0.weight', 'not_a_number'], ['roles.rep.kpis.2.target', 'target_not_positive']]);
  });

  it('gives the limit a range refusal breaks, in the settings’ own unit (a rate of 6 is above 1)', () => {
    const result = validateSettings(edited((s) => setAt(s, ['commission', 'tiers', 1, 'rate'], 6)), ctx);
    expect(result.ok ? [] : result.error).toContainEqual(expect.objectContaining({ field: 'commission.tiers.1.rate', reason: 'too_big', params: { max: 1, strict: 0 } }));
  });

  it('gives the cross-field rules their values: the weights’ sum, the overlapping tiers', () => {
    const sum = validateSettings(edited((s) => setAt(s, ['roles', 'rep', 'kpis', 0, 'weight'], (s.roles.rep.kpis[0]?.weight ?? 0) + 10)), ctx);
    expect(sum.ok ? [] : sum.error).toContainEqual(expect.objectContaining({ field: 'roles.rep.kpis', reason: 'weights_sum', params: { sum: 110 } }));
    const tiers = validateSettings(edited((s) => setAt(s, ['commission', 'tiers', 1, 'from'], 0)), ctx);
    expect(tiers.ok ? [] : tiers.error).toContainEqual(expect.objectContaining({ field: 'commission.tiers.1.from', reason: 'tiers_overlap' }));
  });
});
