import type { DigestKey } from '../store/digestLedger';
import type { TaskLanguage } from './alertTaskText';

/**
 * The digest's reference, written as the task body's last line: a task HubSpot created for a
 * claim is recognised by it (docs/kpis.md "Digests", "Once each"), whatever else its owner
 * has with the same subject. Letters, digits and `:-` only, which HubSpot keeps as written.
 */
export function digestReference(key: DigestKey): string {
  return `kpi-digest:${key.portalId}:${key.kind}:${key.ownerId}:${key.teamId === '' ? '-' : key.teamId}:${key.period}`;
}

const LABEL: Record<TaskLanguage, string> = { en: 'Reference', zh: '编号' };

export function withDigestReference(body: string, key: DigestKey, language: TaskLanguage): string {
  return `${body}\n\n${LABEL[language]}${language === 'zh' ? '：' : ': '}${digestReference(key)}`;
}
