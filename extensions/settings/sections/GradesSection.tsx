import { Button, Flex, Input, NumberInput } from '@hubspot/ui-extensions';
import { FieldMessage } from '../FieldMessage';
import { fieldProps } from '../fieldErrors';
import type { SectionProps } from '../sectionProps';
import { removeAt, replaceAt } from '../units';

/** Grade bands on the total (kpi-spec §6: A ≥ 110, B ≥ 90, C ≥ 70, else D) and the flag counts. */
export function GradesSection({ draft, update, errors, i18n }: SectionProps) {
  const { t } = i18n;
  const grades = draft.grades;
  const setGrades = (next: typeof grades) => update((s) => ({ ...s, grades: next }));
  return (
    <Flex direction="column" gap="sm">
      {grades.map((band, i) => (
        <Flex key={i} direction="row" gap="sm" align="end">
          <Input label={t.settings.gradeName} name={`grades.${i}.grade`} value={band.grade}
            onChange={(v) => setGrades(replaceAt(grades, i, { ...band, grade: v }))} {...fieldProps(errors, `grades.${i}.grade`)} />
          <NumberInput label={t.settings.gradeMin} name={`grades.${i}.min`} value={band.min}
            onChange={(v) => setGrades(replaceAt(grades, i, { ...band, min: v }))} {...fieldProps(errors, `grades.${i}.min`)} />
          <Button variant="transparent" size="sm" disabled={grades.length === 1} onClick={() => setGrades(removeAt(grades, i))}>
            {t.common.remove}
          </Button>
        </Flex>
      ))}
      <FieldMessage errors={errors} field="grades" />
      <Button size="sm" onClick={() => setGrades([...grades, { grade: '', min: 0 }])}>
        {t.settings.addGrade}
      </Button>
      <Flex direction="row" gap="sm" wrap>
        <NumberInput label={t.settings.promotionAfter} name="flags.promotionAfterQuarters" value={draft.flags.promotionAfterQuarters} precision={0}
          onChange={(v) => update((s) => ({ ...s, flags: { ...s.flags, promotionAfterQuarters: v } }))}
          {...fieldProps(errors, 'flags.promotionAfterQuarters')} />
        <NumberInput label={t.settings.improvementAfter} name="flags.improvementPlanAfterQuarters" value={draft.flags.improvementPlanAfterQuarters} precision={0}
          onChange={(v) => update((s) => ({ ...s, flags: { ...s.flags, improvementPlanAfterQuarters: v } }))}
          {...fieldProps(errors, 'flags.improvementPlanAfterQuarters')} />
      </Flex>
    </Flex>
  );
}
