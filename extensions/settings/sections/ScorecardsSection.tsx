import { Accordion, Flex } from '@hubspot/ui-extensions';
import { ROLES } from '../../../src/settings/settingsSchema';
import type { SectionProps } from '../sectionProps';
import { RoleTemplateEditor } from './RoleTemplateEditor';

/** One collapsible template per role; a role with a field error opens by itself. */
export function ScorecardsSection(props: SectionProps) {
  const { errors, i18n } = props;
  return (
    <Flex direction="column" gap="sm">
      {ROLES.map((role) => (
        <Accordion
          key={role}
          title={i18n.t.scorecard.role[role]}
          defaultOpen={role === 'rep' || errors.some((e) => e.field.startsWith(`roles.${role}.`) || e.field === `roles.${role}.kpis`)}
          testId={`role-${role}`}
        >
          <RoleTemplateEditor {...props} role={role} />
        </Accordion>
      ))}
    </Flex>
  );
}
