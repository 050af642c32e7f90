import { useCallback, useEffect, useState } from 'react';
import type { PreviewPersonDto, PreviewTask } from '../previewApi';
import { taskListSchema } from '../previewApi';
import { fetchAsViewer } from './bridge/backendCall';
import { getJson } from './getJson';

type ScanStatus = { status: 'idle' } | { status: 'running' } | { status: 'done'; summary: string } | { status: 'failed'; message: string };

async function runScan(): Promise<string> {
  const response = await fetchAsViewer('/api/v1/alerts/scan', { method: 'POST', body: {} });
  // The backend's envelope (src/server/sendError.ts): { ok, data } or { ok: false, error }.
  const body = (await response.json().catch(() => null)) as { ok?: boolean; data?: { created?: number; updated?: number; resolved?: number }; error?: { message?: string } } | null;
  if (body?.ok !== true) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  const tally = body.data ?? {};
  return `${tally.created ?? 0} created, ${tally.updated ?? 0} updated, ${tally.resolved ?? 0} resolved`;
}

/**
 * "Scan alerts" as the chosen user (the backend's scanAlerts, as the daily schedule runs it),
 * then the tasks that landed in the CRM, newest first: what each manager finds in HubSpot.
 */
export function TasksView({ people }: { people: PreviewPersonDto[] }) {
  const [tasks, setTasks] = useState<PreviewTask[] | null>(null);
  const [scan, setScan] = useState<ScanStatus>({ status: 'idle' });
  const reload = useCallback(() => {
    getJson('/preview/api/tasks', taskListSchema).then(
      (r) => setTasks(r.tasks),
      (e: unknown) => setScan({ status: 'failed', message: String(e) }),
    );
  }, []);
  useEffect(reload, [reload]);
  const ownerName = (ownerId: string | null) => people.find((p) => p.ownerId === ownerId)?.name ?? ownerId ?? 'unassigned';
  const start = () => {
    setScan({ status: 'running' });
    runScan().then(
      (summary) => {
        setScan({ status: 'done', summary });
        reload();
      },
      (e: unknown) => setScan({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <div className="preview-page">
      <div className="preview-page__header">
        <h1>Alerts &amp; tasks</h1>
        <button type="button" className="hs-button hs-button--primary" data-testid="scan-alerts" disabled={scan.status === 'running'} onClick={start}>
          {scan.status === 'running' ? 'Scanning…' : 'Scan alerts'}
        </button>
      </div>
      {scan.status === 'done' ? <div className="hs-alert hs-alert--success" data-testid="scan-summary"><div className="hs-alert__content">Scan finished: {scan.summary}.</div></div> : null}
      {scan.status === 'failed' ? <div className="hs-alert hs-alert--danger" data-testid="scan-failed"><div className="hs-alert__content">{scan.message}</div></div> : null}
      <section className="preview-card">
        <h2 className="preview-card__title">Tasks in the CRM ({tasks?.length ?? '…'})</h2>
        <table className="hs-table hs-table--bordered hs-table--condensed" data-testid="task-list">
          <thead>
            <tr><th>Task</th><th>Assigned to</th><th>Priority</th><th>Status</th><th>Created</th></tr>
          </thead>
          <tbody>
            {(tasks ?? []).map((t) => (
              <tr key={t.id}>
                <td title={t.body ?? ''}>{t.subject}</td>
                <td>{ownerName(t.ownerId)}</td>
                <td>{t.priority ?? '—'}</td>
                <td>{t.status ?? '—'}</td>
                <td>{t.createdAt === null ? '—' : new Date(t.createdAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
