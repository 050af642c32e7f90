import type { z } from 'zod';

/** A GET to the preview server, its answer checked against the shared schema (src/preview/previewApi.ts). */
export async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(url);
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String((body as { error: unknown }).error) : `HTTP ${response.status}`;
    throw new Error(`${url}: ${message}`);
  }
  return schema.parse(body);
}
