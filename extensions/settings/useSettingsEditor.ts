import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldError, HandlerError } from '../../src/handlers/contracts/common';
import type { Settings } from '../../src/settings/settingsSchema';
import { validateSettings } from '../../src/settings/validateSettings';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from '../hooks/useRemote';
import { useRemote } from '../hooks/useRemote';
import { domainPipelines } from './domainPipelines';
import type { SettingsPageData } from './loadSettingsPage';
import { loadSettingsPage } from './loadSettingsPage';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'restored'; version: number }
  | { status: 'invalid' }
  | { status: 'conflict' }
  | { status: 'failed'; error: HandlerError };

export interface SettingsEditor extends Remote<SettingsPageData> {
  /** The admin's working copy; null until the page has loaded. */
  draft: Settings | null;
  update: (change: (settings: Settings) => Settings) => void;
  /** The draft's own problems, checked on every edit, then what the server refused at the last save. */
  errors: FieldError[];
  save: SaveState;
  /** Validates locally first: an invalid draft is never sent. */
  submit: () => void;
  restore: (version: number) => void;
}

type SaveResult = Awaited<ReturnType<KpiClient['saveSettings']>>;

/** What a save or restore answer means for the page: a conflict offers a reload, field errors go back to their fields. */
function outcomeOf(result: SaveResult, done: SaveState): { save: SaveState; fields?: FieldError[] } {
  if (result.ok) return { save: done };
  if (result.error.code === 'conflict') return { save: { status: 'conflict' } };
  if (result.error.code === 'invalid' && result.error.fields !== undefined) return { save: { status: 'invalid' }, fields: result.error.fields };
  return { save: { status: 'failed', error: result.error } };
}

/** The draft checked against the portal the page loaded, as the server will check it, so an invalid one is never sent. */
function checkDraft(draft: Settings, context: SettingsPageData['context']) {
  return validateSettings(draft, {
    pipelines: domainPipelines(context),
    ownerIds: context.owners.map((o) => o.id),
    teamIds: context.teams.map((t) => t.id),
  });
}

/**
 * The settings page's state: load, edit a draft, validate with `validateSettings` before
 * sending, save with the version the admin started from (optimistic concurrency: a `conflict`
 * means someone saved first), restore from history.
 */
export function useSettingsEditor(client: KpiClient): SettingsEditor {
  const remote = useRemote(() => loadSettingsPage(client), 'settings');
  const reloadPage = remote.reload;
  const [draft, setDraft] = useState<Settings | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const loaded = remote.state.status === 'ready' ? remote.state.data : null;

  useEffect(() => {
    setDraft(loaded === null ? null : loaded.settings);
    setServerErrors([]);
  }, [loaded]);

  const liveErrors = useMemo(() => {
    if (loaded === null || draft === null) return [];
    const checked = checkDraft(draft, loaded.context);
    return checked.ok ? [] : checked.error;
  }, [draft, loaded]);
  const errors = useMemo(() => [...liveErrors, ...serverErrors], [liveErrors, serverErrors]);

  const update = useCallback((change: (settings: Settings) => Settings) => setDraft((d) => (d === null ? d : change(d))), []);

  const finish = useCallback(
    (result: SaveResult, done: SaveState) => {
      const outcome = outcomeOf(result, done);
      if (outcome.fields !== undefined) setServerErrors(outcome.fields);
      setSave(outcome.save);
      if (result.ok) reloadPage();
    },
    [reloadPage],
  );

  const submit = useCallback(() => {
    if (loaded === null || draft === null) return;
    const checked = checkDraft(draft, loaded.context);
    if (!checked.ok) {
      setSave({ status: 'invalid' });
      return;
    }
    setServerErrors([]);
    setSave({ status: 'saving' });
    void client.saveSettings({ settings: checked.value, expectedVersion: loaded.version }).then((r) => finish(r, { status: 'saved' }));
  }, [client, draft, finish, loaded]);

  const restore = useCallback(
    (version: number) => {
      if (loaded === null) return;
      setSave({ status: 'saving' });
      void client.restoreSettings({ version, expectedVersion: loaded.version }).then((r) => finish(r, { status: 'restored', version }));
    },
    [client, finish, loaded],
  );

  /** Reload (the conflict's offer, or Retry): the stored version replaces the draft. */
  const reload = useCallback(() => {
    setSave({ status: 'idle' });
    reloadPage();
  }, [reloadPage]);

  return { state: remote.state, reload, draft, update, errors, save, submit, restore };
}
