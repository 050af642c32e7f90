import type { Deal, Outcome, Pipeline, Stage } from '../../src/domain/portal';
import type { FunnelSettings } from '../../src/settings/settingsSchema';
import { funnelSettingsSchema } from '../../src/settings/settingsSchema';

/** Shared test data for the funnel: a 4-step sales pipeline a manager would recognise. */
export const DAY = 86_400_000;

export const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

const stage = (id: string, label: string, displayOrder: number, outcome: Outcome): Stage => ({
  id,
  label,
  displayOrder,
  probability: outcome === 'won' ? 1 : outcome === 'lost' ? 0 : 0.2 * (displayOrder + 1),
  isClosed: outcome !== 'open',
  outcome,
});

/** Lead → Qualified → Proposal → Won, plus Lost (an outcome, not a step). */
export const SALES: Pipeline = {
  id: 'sales',
  label: 'Sales',
  displayOrder: 0,
  stages: [
    stage('lead', 'Lead', 0, 'open'),
    stage('qualified', 'Qualified', 1, 'open'),
    stage('proposal', 'Proposal', 2, 'open'),
    stage('won', 'Closed won', 3, 'won'),
    stage('lost', 'Closed lost', 4, 'lost'),
  ],
};

/** The same funnel with two won stages (new business and renewal), listed out of order. */
export const TWO_WON: Pipeline = {
  id: 'two-won',
  label: 'Two won stages',
  displayOrder: 1,
  stages: [
    stage('won-renewal', 'Won (renewal)', 5, 'won'),
    stage('lead2', 'Lead', 0, 'open'),
    stage('lost2', 'Lost', 4, 'lost'),
    stage('qualified2', 'Qualified', 1, 'open'),
    stage('proposal2', 'Proposal', 2, 'open'),
    stage('won-new', 'Won (new)', 3, 'won'),
  ],
};

export interface DealSpec {
  outcome?: Outcome | null;
  pipelineId?: string;
  stageId?: string | null;
  ownerId?: string | null;
  entered?: Record<string, number>;
}

/** A deal with only what the funnel reads; its current stage defaults to its latest entry. */
export function deal(id: string, spec: DealSpec = {}): Deal {
  const entered = spec.entered ?? {};
  const latest = Object.entries(entered).sort((a, b) => b[1] - a[1])[0];
  return {
    id,
    name: `Deal ${id}`,
    pipelineId: spec.pipelineId ?? SALES.id,
    stageId: spec.stageId !== undefined ? spec.stageId : (latest?.[0] ?? null),
    ownerId: spec.ownerId ?? 'o1',
    amount: 1000,
    createdAt: latest ? Math.min(...Object.values(entered)) : null,
    closedAt: null,
    outcome: spec.outcome === undefined ? 'open' : spec.outcome,
    dealType: 'newbusiness',
    stageEnteredAt: entered,
    collectedAmount: null,
    grossMargin: null,
    expense: null,
    forecastAmount: null,
    issues: [],
    companyIds: null,
    lineItemIds: null,
    segmentValue: null,
  };
}

/** The funnel settings as an admin would save them: defaults of kpi-spec §8 plus overrides. */
export const funnelSettings = (overrides: Partial<FunnelSettings> = {}): FunnelSettings =>
  funnelSettingsSchema.parse({ ...funnelSettingsSchema.parse({}), ...overrides });
