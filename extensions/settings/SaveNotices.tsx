import { Alert, Button, Text } from '@hubspot/ui-extensions';
import type { FieldError } from '../../src/handlers/contracts/common';
import type { I18n } from '../i18n/useI18n';
import type { Settings } from '../../src/settings/settingsSchema';
import type { SettingsContextDto } from '../../src/handlers/contracts/settings';
import { fieldLabel } from './fieldLabel';
import type { SaveState } from './useSettingsEditor';

/**
 * What happened to the last save: saved, every problem listed where the page names it (each is
 * also marked at its field), someone else saved first (offer to reload), or a failure.
 */
export function SaveNotices(props: {
  save: SaveState;
  errors: readonly FieldError[];
  draft: Settings | null;
  context: SettingsContextDto | null;
  onReload: () => void;
  i18n: I18n;
}) {
  const { save, errors, draft, context, onReload, i18n } = props;
  const { t, format } = i18n;
  if (save.status === 'saved') return <Alert title={t.settings.saved} variant="success" testId="saved" />;
  if (save.status === 'restored') return <Alert title={t.settings.restored(format.number(save.version, 0))} variant="success" testId="restored" />;
  if (save.status === 'conflict') {
    return (
      <Alert title={t.settings.conflictTitle} variant="warning" testId="conflict">
        <Text>{t.settings.conflictBody}</Text>
        <Button testId="reload" onClick={() => onReload()}>
          {t.settings.reload}
        </Button>
      </Alert>
    );
  }
  if (save.status === 'failed') {
    return (
      <Alert title={save.error.code === 'forbidden' ? t.common.forbiddenTitle : t.settings.saveFailed} variant="danger" testId="save-failed">
        {save.error.message}
      </Alert>
    );
  }
  if (save.status === 'invalid' && errors.length > 0) {
    return (
      <Alert title={t.settings.invalidTitle(format.number(errors.length, 0))} variant="danger" testId="invalid">
        {errors.map((e) => (
          <Text key={`${e.field}:${e.message}`} variant="microcopy">
            {t.settings.problemAt(fieldLabel(e.field, draft, context, i18n), e.message)}
          </Text>
        ))}
      </Alert>
    );
  }
  return null;
}
