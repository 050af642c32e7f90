import { Flex, Heading, NumberInput, Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { FunnelSettings } from '../../../src/settings/settingsSchema';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { fromDisplay, toDisplay } from '../units';
import { funnelPairs } from './funnelPairs';

/**
 * The thresholds no input shows: a pipeline or stage pair the portal no longer has. Their
 * errors are listed under the section, since there is no field to put them next to.
 */
function unshown(thresholds: FunnelSettings['thresholds'], context: SectionProps['context']): number[] {
  return thresholds.flatMap((x, i) => {
    const pipeline = context.pipelines.find((p) => p.id === x.pipelineId);
    const shown = pipeline !== undefined && funnelPairs(pipeline).some((pair) => pair.from.id === x.fromStageId && pair.to.id === x.toStageId);
    return shown ? [] : [i];
  });
}

/** Maturity, sample size and the minimum conversion per pipeline and stage pair (kpi-spec §5, §8). */
export function FunnelSection(props: SectionProps) {
  const { draft, update, errors, context, i18n } = props;
  const { t } = i18n;
  const funnel = draft.funnel;
  const [pipelineId, setPipelineId] = useState(context.pipelines[0]?.id ?? '');
  const pipeline = context.pipelines.find((p) => p.id === pipelineId);
  const setFunnel = (change: Partial<FunnelSettings>) => update((s) => ({ ...s, funnel: { ...s.funnel, ...change } }));
  const defaults = funnel.defaultThresholds;
  const defaultFor = { first: defaults.firstPair, middle: defaults.middlePairs, lastToWon: defaults.lastToWon };
  const setPairRate = (from: string, to: string, percent: number) => {
    const minRate = fromDisplay(percent, 100);
    const rest = funnel.thresholds.filter((x) => !(x.pipelineId === pipelineId && x.fromStageId === from && x.toStageId === to));
    const at = funnel.thresholds.findIndex((x) => x.pipelineId === pipelineId && x.fromStageId === from && x.toStageId === to);
    const entry = { pipelineId, fromStageId: from, toStageId: to, minRate };
    setFunnel({ thresholds: at < 0 ? [...rest, entry] : funnel.thresholds.map((x, i) => (i === at ? entry : x)) });
  };
  return (
    <Flex direction="column" gap="sm">
      <Flex direction="row" gap="sm" wrap>
        <NumberInput label={t.settings.maturityDays} name="funnel.maturityDays" value={funnel.maturityDays} precision={0}
          onChange={(v) => setFunnel({ maturityDays: v })} {...fieldProps(errors, 'funnel.maturityDays')} />
        <NumberInput label={t.settings.minSample} name="funnel.minSample" value={funnel.minSample} precision={0}
          onChange={(v) => setFunnel({ minSample: v })} {...fieldProps(errors, 'funnel.minSample')} />
      </Flex>
      <Flex direction="row" gap="sm" wrap>
        {(['firstPair', 'middlePairs', 'lastToWon'] as const).map((key) => (
          <NumberInput key={key} name={`funnel.defaultThresholds.${key}`} value={toDisplay(defaults[key], 100)}
            label={key === 'firstPair' ? t.settings.defaultFirstPair : key === 'middlePairs' ? t.settings.defaultMiddlePairs : t.settings.defaultLastToWon}
            onChange={(v) => setFunnel({ defaultThresholds: { ...defaults, [key]: fromDisplay(v, 100) } })}
            {...fieldProps(errors, `funnel.defaultThresholds.${key}`)} />
        ))}
      </Flex>
      <Heading>{t.funnel.pipeline}</Heading>
      <Select label={t.funnel.pipeline} name="funnel.pipeline" value={pipelineId}
        options={context.pipelines.map((p) => ({ label: p.label, value: p.id }))} onChange={(v) => setPipelineId(String(v))} />
      {pipeline === undefined
        ? null
        : funnelPairs(pipeline).map((pair) => {
            const at = funnel.thresholds.findIndex((x) => x.pipelineId === pipelineId && x.fromStageId === pair.from.id && x.toStageId === pair.to.id);
            const explicit = funnel.thresholds[at];
            return (
              <NumberInput key={`${pair.from.id}-${pair.to.id}`} testId={`threshold-${pair.from.id}-${pair.to.id}`}
                label={t.settings.pairThreshold(pair.from.label, pair.to.label)} name={`funnel.thresholds.${pair.from.id}.${pair.to.id}`}
                value={explicit === undefined ? undefined : toDisplay(explicit.minRate, 100)}
                placeholder={`${t.settings.usesDefault}: ${toDisplay(defaultFor[pair.position], 100)}`}
                onChange={(v) => setPairRate(pair.from.id, pair.to.id, v)}
                {...(at < 0 ? { error: false } : fieldProps(errors, `funnel.thresholds.${at}`, true))} />
            );
          })}
      <FieldMessage errors={errors} field="funnel.thresholds" />
      {unshown(funnel.thresholds, context).map((i) => (
        <FieldMessage key={i} errors={errors} field={`funnel.thresholds.${i}`} under />
      ))}
    </Flex>
  );
}
