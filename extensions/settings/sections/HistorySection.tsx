import { Button, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag, Text } from '@hubspot/ui-extensions';
import type { SettingsHistoryDto } from '../../client/kpiClient';
import type { I18n } from '../../i18n/useI18n';

/** Saved versions, newest first, each restorable (restoring saves it again as a new version). */
export function HistorySection(props: { history: SettingsHistoryDto; currentVersion: number; onRestore: (version: number) => void; busy: boolean; i18n: I18n }) {
  const { history, currentVersion, onRestore, busy, i18n } = props;
  const { t, format } = i18n;
  if (history.versions.length === 0) return <Text>{t.settings.noHistory}</Text>;
  const versions = [...history.versions].sort((a, b) => b.version - a.version);
  return (
    <Table bordered density="condensed" testId="history">
      <TableHead>
        <TableRow>
          <TableHeader>{t.settings.historyVersion}</TableHeader>
          <TableHeader>{t.settings.historySavedAt}</TableHeader>
          <TableHeader>{t.settings.historySavedBy}</TableHeader>
          <TableHeader>{''}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {versions.map((v) => (
          <TableRow key={v.version}>
            <TableCell>{format.number(v.version, 0)}</TableCell>
            <TableCell>{format.date(v.savedAt)}</TableCell>
            <TableCell>{v.savedByName ?? v.savedBy ?? t.common.unknown}</TableCell>
            <TableCell>
              {v.version === currentVersion ? (
                <Tag variant="info">{t.settings.current}</Tag>
              ) : (
                <Button testId={`restore-${v.version}`} size="sm" disabled={busy} onClick={() => onRestore(v.version)}>
                  {t.settings.restore}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
