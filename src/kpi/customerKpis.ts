import type { KpiId } from './catalog';

/** The KPIs read from the deals' companies and the won deals' line items (docs/kpis.md "Customers and products"). */
export const CUSTOMER_KPIS: ReadonlySet<KpiId> = new Set<KpiId>([
  'new_customers', 'repeat_purchase_rate', 'customer_retention_rate', 'key_account_share', 'customer_growth_rate', 'product_mix_share',
]);

export const readsCustomers = (kpi: KpiId): boolean => CUSTOMER_KPIS.has(kpi);
