/**
 * A CSV file as a link target: a `data:` URL holding the text (already starting with the
 * UTF-8 byte-order mark, see src/domain/csv.ts), opened by the browser as a download.
 */
export const csvHref = (csv: string): { url: string; external: true } => ({ url: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, external: true });

/** The CSV text back from such a link, for tests and the preview. */
export function csvOfHref(url: string): string | null {
  const prefix = 'data:text/csv;charset=utf-8,';
  return url.startsWith(prefix) ? decodeURIComponent(url.slice(prefix.length)) : null;
}
