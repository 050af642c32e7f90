import type { Pipeline } from '../../src/domain/portal';

/** A sales pipeline as an admin would see it: three open stages, won, lost. */
export const salesPipeline: Pipeline = {
  id: 'default',
  label: 'Sales',
  displayOrder: 0,
  stages: [
    { id: 'lead', label: 'Lead', displayOrder: 0, probability: 0.1, isClosed: false, outcome: 'open' },
    { id: 'qualified', label: 'Qualified', displayOrder: 1, probability: 0.3, isClosed: false, outcome: 'open' },
    { id: 'proposal', label: 'Proposal', displayOrder: 2, probability: 0.6, isClosed: false, outcome: 'open' },
    { id: 'won', label: 'Closed won', displayOrder: 3, probability: 1, isClosed: true, outcome: 'won' },
    { id: 'lost', label: 'Closed lost', displayOrder: 4, probability: 0, isClosed: true, outcome: 'lost' },
  ],
};
