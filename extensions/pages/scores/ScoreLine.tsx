import { Alert, Button, Flex, List, NumberInput, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { ManualScoreEntryDto, ManualScoreSheetOutput, RecordManualScoreInput } from '../../../src/handlers/contracts/manualScores';
import type { SaveState } from '../../hooks/useManualScoreSheet';
import { kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';

type Line = ManualScoreSheetOutput['lines'][number];

export const lineId = (line: Pick<Line, 'key' | 'source'>): string => `${line.key}-${line.source ?? 'score'}`;

export interface ScoreLineProps {
  line: Line;
  ownerId: string;
  period: string;
  save: SaveState;
  onEnter: (line: string, input: RecordManualScoreInput) => void;
  i18n: I18n;
}

/** One score the template asks for: the entry in force and who made it, a field to enter or correct it, its history. */
export function ScoreLine({ line, ownerId, period, save, onEnter, i18n }: ScoreLineProps) {
  const { t, format, language } = i18n;
  const id = lineId(line);
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const name = kpiName(line.kpi, language);
  const label = line.source === null ? name : t.scores.lineLabel(name, t.scores.source[line.source]);
  const invalid = draft !== undefined && (!Number.isFinite(draft) || draft < 0 || draft > 100);
  const mine = save.status !== 'idle' && save.line === id ? save : null;
  const who = (e: ManualScoreEntryDto) => (e.enteredAt === null ? t.scores.enteredBefore(e.enteredBy) : t.scores.enteredBy(e.enteredBy, format.date(e.enteredAt)));
  return (
    <Flex direction="column" gap="xs" testId={`line-${id}`}>
      <Text format={{ fontWeight: 'demibold' }}>{label}</Text>
      <Text testId={`current-${id}`}>
        {line.current === null ? t.scores.none : t.scores.current(format.number(line.current.score, 1), who(line.current))}
      </Text>
      {line.mayEnter ? (
        <Flex direction="row" gap="sm" align="end">
          <NumberInput
            testId={`input-${id}`}
            label={t.scores.newScore}
            name={`score-${id}`}
            min={0}
            max={100}
            value={draft}
            onChange={(v) => setDraft(v)}
            error={invalid}
            validationMessage={invalid ? t.scores.outOfRange : undefined}
          />
          <Button
            testId={`save-${id}`}
            variant="primary"
            disabled={draft === undefined || invalid || mine?.status === 'saving'}
            onClick={() => {
              if (draft !== undefined) onEnter(id, { ownerId, period, key: line.key, score: draft, ...(line.source === null ? {} : { source: line.source }) });
            }}
          >
            {mine?.status === 'saving' ? t.common.saving : line.current === null ? t.scores.record : t.scores.correct}
          </Button>
        </Flex>
      ) : (
        <Text variant="microcopy">{t.scores.readOnly}</Text>
      )}
      {mine?.status === 'saved' ? (
        <Alert title={t.scores.savedTitle} variant="success" testId={`saved-${id}`}>
          {mine.result.replaced === null
            ? t.scores.saved(format.number(mine.result.entry.score, 1))
            : t.scores.corrected(format.number(mine.result.replaced.score, 1), format.number(mine.result.entry.score, 1))}
        </Alert>
      ) : null}
      {mine?.status === 'error' ? (
        <Alert title={t.common.errorTitle} variant="danger" testId={`failed-${id}`}>
          {mine.error.message}
        </Alert>
      ) : null}
      {line.history.length > 1 ? (
        <>
          <Text variant="microcopy">{t.scores.history}</Text>
          <List variant="unordered-styled" testId={`history-${id}`}>
            {line.history.map((e) => (
              <Text key={e.revision} variant="microcopy">{`${format.number(e.score, 1)} · ${who(e)}`}</Text>
            ))}
          </List>
        </>
      ) : null}
    </Flex>
  );
}
