import { Flex, Input, Text } from '@hubspot/ui-extensions';
import type { KeyAccounts, StrategicProducts } from '../../../src/settings/settingsSchema';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { CustomerBaseTargets } from './CustomerBaseTargets';

/** "A, B" → ["A", "B"]: values are typed as a list, separated by commas (also the Chinese one). */
export const listOf = (text: string): string[] =>
  text
    .split(/[,，]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

const keyAccountsOf = (property: string, values: string[]): KeyAccounts | null => (property.trim() === '' ? null : { property: property.trim(), values });

function strategicOf(productIds: string[], property: string, values: string[]): StrategicProducts | null {
  const named = property.trim() === '' ? null : property.trim();
  return productIds.length === 0 && named === null && values.length === 0 ? null : { productIds, property: named, values };
}

/**
 * Which companies are key accounts (a company property and its values) and which products are
 * strategic (product ids, or a line-item property and its values): key_account_share and
 * product_mix_share are "not configured" until these are set, customer_growth_rate until a target
 * customer base is (docs/kpis.md, Customers and products).
 */
export function CustomersSection(props: SectionProps) {
  const { draft, update, errors, i18n } = props;
  const { t } = i18n;
  const keys = draft.keyAccounts;
  const products = draft.strategicProducts;
  const setKeys = (property: string, values: string[]) => update((s) => ({ ...s, keyAccounts: keyAccountsOf(property, values) }));
  const setProducts = (ids: string[], property: string, values: string[]) => update((s) => ({ ...s, strategicProducts: strategicOf(ids, property, values) }));
  return (
    <Flex direction="column" gap="sm">
      <Text variant="microcopy">{t.settings.customersHelp}</Text>
      <Input testId="keyAccounts.property" label={t.settings.keyAccountProperty} name="keyAccounts.property" value={keys?.property ?? ''}
        onChange={(v) => setKeys(v, keys?.values ?? [])} {...fieldProps(errors, 'keyAccounts.property')} />
      <Input testId="keyAccounts.values" label={t.settings.keyAccountValues} name="keyAccounts.values" value={(keys?.values ?? []).join(', ')}
        onChange={(v) => setKeys(keys?.property ?? '', listOf(v))} {...fieldProps(errors, 'keyAccounts.values')} />
      <Input testId="strategicProducts.productIds" label={t.settings.strategicProductIds} name="strategicProducts.productIds" value={(products?.productIds ?? []).join(', ')}
        onChange={(v) => setProducts(listOf(v), products?.property ?? '', products?.values ?? [])} {...fieldProps(errors, 'strategicProducts.productIds')} />
      <Input testId="strategicProducts.property" label={t.settings.strategicProperty} name="strategicProducts.property" value={products?.property ?? ''}
        onChange={(v) => setProducts(products?.productIds ?? [], v, products?.values ?? [])} {...fieldProps(errors, 'strategicProducts.property')} />
      <Input testId="strategicProducts.values" label={t.settings.strategicValues} name="strategicProducts.values" value={(products?.values ?? []).join(', ')}
        onChange={(v) => setProducts(products?.productIds ?? [], products?.property ?? '', listOf(v))} {...fieldProps(errors, 'strategicProducts')} />
      <CustomerBaseTargets {...props} />
    </Flex>
  );
}
