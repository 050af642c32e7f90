import type { PreviewSession } from '../previewApi';
import { chromeText } from './chromeText';
import type { PreviewView, UrlState } from './previewUrl';

const VIEWS: readonly PreviewView[] = ['record', 'page', 'settings', 'tasks'];

/** The preview's own chrome (not part of any extension): who is looking, in which language, at what. */
export function TopBar({ session, state, onChange }: { session: PreviewSession; state: UrlState; onChange: (next: Partial<UrlState>) => void }) {
  const text = chromeText(state.lang);
  return (
    <header className="preview-top">
      <div className="preview-top__brand">
        <span className="preview-top__logo">◎</span> Sales KPI Cards <span className="preview-top__badge">{text.badge[session.source]}</span>
      </div>
      <nav className="preview-top__views">
        {VIEWS.map((view) => (
          <button key={view} type="button" data-view={view} className={view === state.view ? 'is-active' : ''} onClick={() => onChange({ view })}>
            {text.views[view]}
          </button>
        ))}
      </nav>
      <label className="preview-top__pick">
        {text.viewAs}
        <select data-testid="pick-user" value={state.user ?? ''} onChange={(e) => onChange({ user: Number(e.target.value), record: null })}>
          {session.people.map((p) => (
            <option key={p.userId} value={p.userId}>
              {text.roles[p.role]} · {p.name}
              {p.teamName === null ? '' : ` (${p.teamName})`}
            </option>
          ))}
        </select>
      </label>
      <label className="preview-top__pick">
        {text.language}
        <select data-testid="pick-lang" value={state.lang} onChange={(e) => onChange({ lang: e.target.value })}>
          <option value="en-US">English</option>
          <option value="zh-CN">中文 (zh-CN)</option>
        </select>
      </label>
    </header>
  );
}
