import { chromeText } from './chromeText';
import { useCallback, useEffect, useState } from 'react';
import type { PreviewSession } from '../previewApi';
import { previewSessionSchema } from '../previewApi';
import type { HostNotice } from './bridge/hostActions';
import { onHostNotice } from './bridge/hostActions';
import type { RecordType } from './bridge/previewSelection';
import { setPreviewSelection } from './bridge/previewSelection';
import { ExtensionFrame } from './ExtensionFrame';
import { getJson } from './getJson';
import type { PreviewEntries } from './previewEntries';
import { loadPreviewEntries } from './previewEntries';
import type { UrlState } from './previewUrl';
import { readUrlState, writeUrlState } from './previewUrl';
import { RecordView } from './RecordView';
import { TasksView } from './TasksView';
import { TopBar } from './TopBar';

type Loaded = { session: PreviewSession; entries: PreviewEntries };

/** The preview page: loads the session and the four entries, then shows the chosen surface as the chosen user. */
export function PreviewApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, setState] = useState<UrlState>(() => readUrlState(window.location.search));
  const [notice, setNotice] = useState<HostNotice | null>(null);
  useEffect(() => onHostNotice(setNotice), []);
  useEffect(() => {
    Promise.all([getJson('/preview/api/session', previewSessionSchema), loadPreviewEntries()]).then(
      ([session, entries]) => setLoaded({ session, entries }),
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  const change = useCallback((next: Partial<UrlState>) => {
    setState((s) => {
      const merged = { ...s, ...next };
      window.history.replaceState(null, '', writeUrlState(merged));
      return merged;
    });
  }, []);
  const pickRecord = useCallback((type: RecordType, record: string | null) => change({ type, record }), [change]);

  if (failure !== null) return <pre className="preview-crash">The preview could not start: {failure}</pre>;
  if (loaded === null) return <p className="preview-muted preview-loading">Loading the preview…</p>;
  const { session, entries } = loaded;
  const person = session.people.find((p) => p.userId === state.user) ?? session.people[0];
  if (person === undefined) return <pre className="preview-crash">The portal has no users to view as.</pre>;
  const record = state.view === 'record' && state.record !== null ? { type: state.type, id: state.record } : null;
  // Set before the frames below mount: the globals the extensions call read it.
  setPreviewSelection({ portalId: session.portal.id, timeZone: session.portal.timeZone, person, locale: state.lang, record });
  const frameKey = `${person.userId}-${state.lang}-${state.type}-${state.record ?? ''}`;
  const teamOwnerIds = teammatesOf(session.people, person);
  return (
    <div className="preview" data-ready="true">
      <TopBar session={session} state={{ ...state, user: person.userId }} onChange={change} />
      {notice === null ? null : (
        <div className={`preview-toast preview-toast--${notice.type}`} onClick={() => setNotice(null)}>
          {notice.message}
        </div>
      )}
      {state.view === 'record' ? (
        <RecordView entries={entries} type={state.type} recordId={state.record} ownerId={person.ownerId} teamOwnerIds={teamOwnerIds} frameKey={frameKey} onPick={pickRecord} currency={session.portal.currency} locale={state.lang} />
      ) : null}
      {state.view === 'page' ? (
        <div className="preview-page">
          <div className="preview-page__header"><h1>Sales KPI Cards</h1></div>
          <section className="preview-card" data-surface="app-page">
            <ExtensionFrame key={`page-${frameKey}`} render={entries.appPage} location="pages" />
          </section>
        </div>
      ) : null}
      {state.view === 'settings' ? (
        <div className="preview-page">
          <div className="preview-page__header"><h1><span className="preview-muted">{chromeText(state.lang).settingsCrumb}</span>Sales KPI Cards</h1></div>
          <section className="preview-card" data-surface="settings-page">
            <ExtensionFrame key={`settings-${frameKey}`} render={entries.settingsPage} location="settings" />
          </section>
        </div>
      ) : null}
      {state.view === 'tasks' ? <TasksView people={session.people} /> : null}
    </div>
  );
}

/** The owner ids of the people in the viewer's team (the preview's people carry their team's name), kept stable per team. */
const teammatesCache = new Map<string, string[]>();
function teammatesOf(people: readonly { ownerId: string | null; teamName: string | null }[], person: { teamName: string | null }): string[] {
  const team = person.teamName;
  if (team === null) return [];
  let ids = teammatesCache.get(team);
  if (ids === undefined) {
    ids = people.flatMap((p) => (p.teamName === team && p.ownerId !== null ? [p.ownerId] : []));
    teammatesCache.set(team, ids);
  }
  return ids;
}
