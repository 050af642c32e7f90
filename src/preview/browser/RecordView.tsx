import { useEffect, useState } from 'react';
import type { RecordSummary } from '../previewApi';
import { recordListSchema } from '../previewApi';
import type { RecordType } from './bridge/previewSelection';
import { chromeText } from './chromeText';
import { ExtensionFrame } from './ExtensionFrame';
import { getJson } from './getJson';
import type { PreviewEntries } from './previewEntries';


/**
 * The viewer's own records first (a rep opens one of their deals), then their team's (a
 * manager who owns none opens one of their reps'), anyone's only when neither has any.
 */
async function recordsFor(type: RecordType, ownerId: string | null, teamOwnerIds: readonly string[]): Promise<RecordSummary[]> {
  for (const ids of [ownerId === null ? [] : [ownerId], teamOwnerIds]) {
    if (ids.length === 0) continue;
    const found = await getJson(`/preview/api/records?type=${type}&ownerId=${ids.map(encodeURIComponent).join(',')}`, recordListSchema);
    if (found.records.length > 0) return found.records;
  }
  return (await getJson(`/preview/api/records?type=${type}`, recordListSchema)).records;
}

export interface RecordViewProps {
  entries: PreviewEntries;
  type: RecordType;
  recordId: string | null;
  ownerId: string | null;
  /** The owners of the viewer's team, for a manager who owns no records. */
  teamOwnerIds: readonly string[];
  frameKey: string;
  onPick: (type: RecordType, recordId: string | null) => void;
  /** The portal's currency and the chosen language, for the About panel's amount. */
  currency: string;
  locale: string;
}

/**
 * A CRM record page as HubSpot lays it out: the record on the left, the app's tab (the record
 * owner's scorecard) in the middle, the app's sidebar card (deal KPIs, deals only) on the right.
 */
export function RecordView({ entries, type, recordId, ownerId, teamOwnerIds, frameKey, onPick, currency, locale }: RecordViewProps) {
  const [records, setRecords] = useState<RecordSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRecords(null);
    recordsFor(type, ownerId, teamOwnerIds).then(setRecords, (e: unknown) => setError(String(e)));
  }, [type, ownerId, teamOwnerIds]);
  useEffect(() => {
    const first = records?.[0];
    if (first !== undefined && (recordId === null || !records?.some((r) => r.id === recordId))) onPick(type, first.id);
  }, [records, recordId, type, onPick]);
  const record = records?.find((r) => r.id === recordId) ?? null;
  const text = chromeText(locale);
  const TYPE_LABEL = text.types;
  return (
    <div className="preview-record">
      <div className="preview-subbar">
        <select data-testid="pick-type" value={type} onChange={(e) => onPick(e.target.value as RecordType, null)}>
          {(Object.keys(TYPE_LABEL) as RecordType[]).map((t) => (
            <option key={t} value={t}>{TYPE_LABEL[t]}</option>
          ))}
        </select>
        <select data-testid="pick-record" value={recordId ?? ''} onChange={(e) => onPick(type, e.target.value)} disabled={records === null}>
          {(records ?? []).map((r) => (
            <option key={r.id} value={r.id}>{r.ownerName === null ? r.label : `${r.label} · ${r.ownerName}`}</option>
          ))}
        </select>
        {error === null ? null : <span className="preview-error">{error}</span>}
      </div>
      {record === null ? (
        <p className="preview-muted">{records === null ? text.loadingRecords : records.length === 0 ? `No ${type} in this portal.` : ''}</p>
      ) : (
        <div className="preview-record__columns">
          <aside className="preview-record__about">
            <div className="preview-record__type">{TYPE_LABEL[type]}</div>
            <h1 data-testid="record-name">{record.label}</h1>
            {record.detail === null ? null : <p className="preview-muted">{record.detail}</p>}
            <dl>
              {record.amount === null ? null : (
                <>
                  <dt>{text.amount}</dt>
                  <dd data-testid="record-amount">{new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(record.amount)}</dd>
                </>
              )}
              <dt>{text.owner}</dt>
              <dd data-testid="record-owner">{record.ownerName ?? record.ownerId ?? text.noOwner}</dd>
              <dt>{text.recordId}</dt>
              <dd>{record.id}</dd>
            </dl>
          </aside>
          <main className="preview-record__middle">
            <div className="preview-record__tabs">
              <span>{text.overview}</span>
              <span className="is-active">{text.scorecardTab}</span>
            </div>
            <section className="preview-card" data-surface="scorecard-tab">
              <ExtensionFrame key={`tab-${frameKey}`} render={entries.scorecardTab} location="crm.record.tab" />
            </section>
          </main>
          <aside className="preview-record__sidebar">
            {type === 'deals' ? (
              <section className="preview-card" data-surface="deal-card">
                <h2 className="preview-card__title">{text.dealCard}</h2>
                <ExtensionFrame key={`card-${frameKey}`} render={entries.dealCard} location="crm.record.sidebar" />
              </section>
            ) : (
              <p className="preview-muted">{text.dealCardElsewhere}</p>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
