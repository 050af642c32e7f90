import { Button, Flex, NumberInput, Select, Toggle } from '@hubspot/ui-extensions';
import type { CommissionSettings } from '../../../src/settings/settingsSchema';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { fromDisplay, removeAt, replaceAt, toDisplay } from '../units';

/** Tiered commission on attainment (kpi-spec §7): mode, tiers as percentages, optional cap. */
export function CommissionSection({ draft, update, errors, i18n }: SectionProps) {
  const { t } = i18n;
  const commission = draft.commission;
  const set = (change: Partial<CommissionSettings>) => update((s) => ({ ...s, commission: { ...s.commission, ...change } }));
  return (
    <Flex direction="column" gap="sm">
      <Select label={t.settings.commissionMode} name="commission.mode" value={commission.mode}
        options={[{ label: t.settings.modeMarginal, value: 'marginal' }, { label: t.settings.modeRetroactive, value: 'retroactive' }]}
        onChange={(v) => set({ mode: v === 'retroactive' ? 'retroactive' : 'marginal' })} {...fieldProps(errors, 'commission.mode')} />
      {commission.tiers.map((tier, i) => (
        <Flex key={i} direction="row" gap="sm" align="end">
          <NumberInput label={t.settings.tierFrom} name={`commission.tiers.${i}.from`} value={toDisplay(tier.from, 100)}
            onChange={(v) => set({ tiers: replaceAt(commission.tiers, i, { ...tier, from: fromDisplay(v, 100) }) })}
            {...fieldProps(errors, `commission.tiers.${i}.from`)} />
          <NumberInput label={t.settings.tierRate} name={`commission.tiers.${i}.rate`} value={toDisplay(tier.rate, 100)}
            onChange={(v) => set({ tiers: replaceAt(commission.tiers, i, { ...tier, rate: fromDisplay(v, 100) }) })}
            {...fieldProps(errors, `commission.tiers.${i}.rate`)} />
          <Button variant="transparent" size="sm" disabled={commission.tiers.length === 1}
            onClick={() => set({ tiers: removeAt(commission.tiers, i) })}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field="commission.tiers" />
      <Button size="sm" onClick={() => set({ tiers: [...commission.tiers, { from: (commission.tiers.at(-1)?.from ?? 0) + 0.2, rate: commission.tiers.at(-1)?.rate ?? 0 }] })}>
        {t.settings.addTier}
      </Button>
      <Toggle label={t.settings.noCap} name="commission.noCap" checked={commission.cap === null}
        onChange={(checked) => set({ cap: checked ? null : 100000 })} />
      {commission.cap === null ? null : (
        <NumberInput label={t.settings.commissionCap} name="commission.cap" value={commission.cap}
          onChange={(v) => set({ cap: v })} {...fieldProps(errors, 'commission.cap')} />
      )}
    </Flex>
  );
}
