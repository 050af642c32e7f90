import type { RecordType } from './bridge/previewSelection';

export type PreviewView = 'record' | 'page' | 'settings' | 'tasks';

/** The viewer's choices, kept in the query string so a URL opens the same view (tests, screenshots, links). */
export interface UrlState {
  user: number | null;
  lang: string;
  view: PreviewView;
  type: RecordType;
  record: string | null;
}

const VIEWS: readonly PreviewView[] = ['record', 'page', 'settings', 'tasks'];
const TYPES: readonly RecordType[] = ['deals', 'companies', 'contacts'];

export function readUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const user = Number(q.get('user'));
  const view = q.get('view') as PreviewView | null;
  const type = q.get('type') as RecordType | null;
  return {
    user: Number.isInteger(user) && user > 0 ? user : null,
    lang: q.get('lang') === 'zh-CN' ? 'zh-CN' : 'en-US',
    view: view !== null && VIEWS.includes(view) ? view : 'record',
    type: type !== null && TYPES.includes(type) ? type : 'deals',
    record: q.get('record'),
  };
}

export function writeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  if (state.user !== null) q.set('user', String(state.user));
  q.set('lang', state.lang);
  q.set('view', state.view);
  q.set('type', state.type);
  if (state.record !== null) q.set('record', state.record);
  return `?${q.toString()}`;
}
