import { Button, Flex, Input, NumberInput, Select, Text, Toggle } from '@hubspot/ui-extensions';
import type { SegmentTarget } from '../../../src/settings/settingsSchema';
import { SEGMENT_DIMENSIONS } from '../../../src/settings/settingsSchema';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { removeAt, replaceAt } from '../units';

/**
 * Segments (关键细分市场: the cut, the company property when cut by the customers' one, and
 * each segment's targets; a deal property is mapped under Properties) and the reporting rhythm (which digests the schedule sends, in which
 * language). docs/kpis.md "Segments" and "Digests".
 */
export function RhythmSection({ draft, update, errors, context, i18n }: SectionProps) {
  const { t } = i18n;
  const { segments, digests } = draft;
  const setTargets = (targets: SegmentTarget[]) => update((s) => ({ ...s, segments: { ...s.segments, targets } }));
  const byPipeline = segments.by === 'pipeline';
  const pipelineOptions = context.pipelines.map((p) => ({ label: p.label, value: p.id }));
  return (
    <Flex direction="column" gap="sm">
      <Select label={t.settings.segmentsBy} name="segments.by" testId="segments.by" value={segments.by}
        options={SEGMENT_DIMENSIONS.map((by) => ({ label: t.segments.by[by], value: by }))}
        onChange={(v) => update((s) => ({ ...s, segments: { ...s.segments, by: SEGMENT_DIMENSIONS.find((by) => by === v) ?? 'pipeline' } }))}
        {...fieldProps(errors, 'segments.by')} />
      {segments.by === 'deal_property' && draft.propertyMapping.segment === null ? <Text variant="microcopy">{t.settings.segmentsUnmapped}</Text> : null}
      {segments.by === 'company_property' ? (
        <Input testId="segments.companyProperty" label={t.settings.segmentCompanyProperty} description={t.settings.segmentCompanyPropertyHelp} name="segments.companyProperty"
          value={segments.companyProperty ?? ''} onChange={(v) => update((s) => ({ ...s, segments: { ...s.segments, companyProperty: v.trim() === '' ? null : v.trim() } }))}
          {...fieldProps(errors, 'segments.companyProperty')} />
      ) : null}
      {segments.targets.length === 0 ? <Text>{t.settings.noSegmentTargets}</Text> : null}
      {segments.targets.map((target, i) => (
        <Flex key={i} direction="row" gap="sm" align="end" wrap>
          {byPipeline ? (
            <Select label={t.segments.segment} name={`segments.targets.${i}.segment`} value={target.segment} options={pipelineOptions}
              onChange={(v) => setTargets(replaceAt(segments.targets, i, { ...target, segment: String(v) }))} {...fieldProps(errors, `segments.targets.${i}.segment`)} />
          ) : (
            <Input label={t.segments.segment} name={`segments.targets.${i}.segment`} value={target.segment}
              onChange={(v) => setTargets(replaceAt(segments.targets, i, { ...target, segment: v }))} {...fieldProps(errors, `segments.targets.${i}.segment`)} />
          )}
          <Input label={t.settings.quotaPeriod} name={`segments.targets.${i}.period`} value={target.period}
            onChange={(v) => setTargets(replaceAt(segments.targets, i, { ...target, period: v }))} {...fieldProps(errors, `segments.targets.${i}.period`)} />
          <NumberInput label={t.segments.target} name={`segments.targets.${i}.amount`} value={target.amount} min={0}
            onChange={(v) => setTargets(replaceAt(segments.targets, i, { ...target, amount: v }))} {...fieldProps(errors, `segments.targets.${i}.amount`)} />
          <Button variant="transparent" size="sm" onClick={() => setTargets(removeAt(segments.targets, i))}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field="segments.targets" />
      <Button size="sm" testId="add-segment-target"
        onClick={() => setTargets([...segments.targets, { segment: byPipeline ? (context.pipelines[0]?.id ?? '') : '', period: segments.targets.at(-1)?.period ?? '', amount: 0 }])}>
        {t.settings.addSegmentTarget}
      </Button>
      <Toggle label={t.reports.weekly} name="digests.weekly" checked={digests.weekly} onChange={(checked) => update((s) => ({ ...s, digests: { ...s.digests, weekly: checked } }))} />
      <Toggle label={t.reports.monthly} name="digests.monthly" checked={digests.monthly} onChange={(checked) => update((s) => ({ ...s, digests: { ...s.digests, monthly: checked } }))} />
      <Select label={t.settings.digestLanguage} name="digests.language" testId="digests.language" value={digests.language}
        options={[{ label: 'English', value: 'en' }, { label: '简体中文', value: 'zh' }]}
        onChange={(v) => update((s) => ({ ...s, digests: { ...s.digests, language: v === 'zh' ? 'zh' : 'en' } }))} />
      <Text variant="microcopy">{t.settings.digestHelp}</Text>
    </Flex>
  );
}
