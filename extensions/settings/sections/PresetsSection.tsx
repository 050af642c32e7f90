import { Alert, Button, Flex, Select, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { PresetId } from '../../../src/settings/presets';
import { applyPreset, PRESET_IDS, PRESETS, presetPreview } from '../../../src/settings/presets';
import { kpiName } from '../../i18n/kpiName';
import type { SectionProps } from '../sectionProps';

/**
 * Starting weights by strategy or team stage (kpi-spec §6 presets): pick one, see exactly which
 * weights change, then apply it to the draft (nothing is saved until the admin saves).
 */
export function PresetsSection({ draft, update, i18n }: SectionProps) {
  const { t, language, format } = i18n;
  const [presetId, setPresetId] = useState<PresetId | null>(null);
  const [applied, setApplied] = useState(false);
  const changes = presetId === null ? [] : presetPreview(draft, presetId);
  const weight = (w: number | null) => (w === null ? t.common.none : format.number(w, 0));
  return (
    <Flex direction="column" gap="sm">
      <Select
        testId="preset"
        label={t.settings.presetPick}
        name="preset"
        placeholder={t.settings.presetPlaceholder}
        value={presetId ?? undefined}
        options={PRESET_IDS.map((id) => ({ label: `${PRESETS[id][language]} — ${PRESETS[id].emphasis[language]}`, value: id }))}
        onChange={(v) => {
          setPresetId(PRESET_IDS.find((id) => id === v) ?? null);
          setApplied(false);
        }}
      />
      {presetId === null ? null : changes.length === 0 ? (
        <Text>{t.settings.presetNoChange}</Text>
      ) : (
        <>
          <Text format={{ fontWeight: 'demibold' }}>{t.settings.presetPreview}</Text>
          <Table bordered density="compact" testId="preset-preview">
            <TableHead>
              <TableRow>
                <TableHeader>{t.settings.role}</TableHeader>
                <TableHeader>{t.scorecard.kpi}</TableHeader>
                <TableHeader align="right">{t.settings.before}</TableHeader>
                <TableHeader align="right">{t.settings.after}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((c) => (
                <TableRow key={`${c.role}-${c.kpi}`}>
                  <TableCell>{t.scorecard.role[c.role]}</TableCell>
                  <TableCell>{kpiName(c.kpi, language)}</TableCell>
                  <TableCell align="right">{weight(c.before)}</TableCell>
                  <TableCell align="right">{weight(c.after)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button testId="apply-preset" variant="primary" onClick={() => {
            update((s) => applyPreset(s, presetId));
            setApplied(true);
          }}>
            {t.settings.presetApply}
          </Button>
        </>
      )}
      {applied ? <Alert title={t.settings.presetApplied} variant="success" /> : null}
    </Flex>
  );
}
