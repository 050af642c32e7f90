import { previewSelection } from './previewSelection';

/**
 * `hsWorkerAPI.fetchCrmProperties`: what `useCrmProperties` asks HubSpot's record page for.
 * The preview server reads the selected record's properties from the CRM (emulator or portal)
 * and answers `{ data: { name: value | null } }`, the shape the hook checks.
 */
export async function fetchCrmProperties(names: string[], _onUpdate: unknown): Promise<Response> {
  const { record } = previewSelection();
  if (record === null) return Response.json({ error: 'this surface is not on a CRM record' });
  const query = new URLSearchParams({ properties: names.join(',') });
  const response = await fetch(`/preview/api/records/${record.type}/${encodeURIComponent(record.id)}?${query.toString()}`);
  if (!response.ok) return Response.json({ error: `the record could not be read (HTTP ${response.status})` });
  const body = (await response.json()) as { properties?: Record<string, string | null> };
  const data: Record<string, string | null> = {};
  for (const name of names) data[name] = body.properties?.[name] ?? null;
  return Response.json({ data });
}
