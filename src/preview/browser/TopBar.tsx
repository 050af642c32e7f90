import type { PreviewSession } from '../previewApi';
import type { PreviewView, UrlState } from './previewUrl';

const VIEW_LABELS: Array<[PreviewView, string]> = [
  ['record', 'CRM record'],
  ['page', 'App page'],
  ['settings', 'Settings'],
  ['tasks', 'Alerts & tasks'],
];

const ROLE_LABEL = { rep: 'Rep', manager: 'Manager', director: 'Director', admin: 'Admin' } as const;

/** The preview's own chrome (not part of any extension): who is looking, in which language, at what. */
export function TopBar({ session, state, onChange }: { session: PreviewSession; state: UrlState; onChange: (next: Partial<UrlState>) => void }) {
  return (
    <header className="preview-top">
      <div className="preview-top__brand">
        <span className="preview-top__logo">◎</span> Sales KPI Cards <span className="preview-top__badge">{session.source === 'emulator' ? 'local preview · emulator' : 'local preview · live portal'}</span>
      </div>
      <nav className="preview-top__views">
        {VIEW_LABELS.map(([view, label]) => (
          <button key={view} type="button" data-view={view} className={view === state.view ? 'is-active' : ''} onClick={() => onChange({ view })}>
            {label}
          </button>
        ))}
      </nav>
      <label className="preview-top__pick">
        View as
        <select data-testid="pick-user" value={state.user ?? ''} onChange={(e) => onChange({ user: Number(e.target.value), record: null })}>
          {session.people.map((p) => (
            <option key={p.userId} value={p.userId}>
              {ROLE_LABEL[p.role]} · {p.name}
              {p.teamName === null ? '' : ` (${p.teamName})`}
            </option>
          ))}
        </select>
      </label>
      <label className="preview-top__pick">
        Language
        <select data-testid="pick-lang" value={state.lang} onChange={(e) => onChange({ lang: e.target.value })}>
          <option value="en-US">English</option>
          <option value="zh-CN">中文 (zh-CN)</option>
        </select>
      </label>
    </header>
  );
}
