import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type express from 'express';

/** docs/kpis.md of this repository: the formulas the cards' "How this was calculated" opens. */
export const KPI_DOCS_PATH = '/docs/kpis.md';
const FILE = resolve(__dirname, '..', '..', 'docs', 'kpis.md');

/**
 * Serves the KPI reference unsigned, as plain Markdown: it holds no portal data (the same text
 * ships in the repository), and the card opens it in a browser tab, where no HubSpot
 * signature can be sent.
 */
export function kpiDocsRoute(): express.RequestHandler {
  return (_req, res, next) => {
    readFile(FILE, 'utf8').then(
      (text) => res.type('text/markdown; charset=utf-8').send(text),
      (error: unknown) => next(error),
    );
  };
}
