import type { CustomerProperties } from '../crm/readCustomers';

/**
 * The customers' properties as the sync cursor records them: a mirror whose cursor lacks one
 * (a mirror from before customers were kept, or a key-account or product property newly named
 * in settings) reads every deal again, as it does for a newly mapped deal property.
 */
export const customerColumns = (properties: CustomerProperties): string[] => [
  ...properties.company.map((p) => `company:${p}`),
  ...properties.lineItem.map((p) => `line_item:${p}`),
];
