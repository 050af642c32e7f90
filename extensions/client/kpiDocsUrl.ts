import { BACKEND_BASE_URL } from './defaultClient';

/**
 * Where the cards' "How this was calculated" points: docs/kpis.md as the backend serves it.
 * null without a backend (app functions only): the cards then name the file instead.
 */
export const KPI_DOCS_URL: string | null = BACKEND_BASE_URL === null ? null : `${BACKEND_BASE_URL.replace(/\/+$/, '')}/docs/kpis.md`;
