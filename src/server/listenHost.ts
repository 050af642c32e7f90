/**
 * Where a server listens. Dev mode makes anyone an admin with one header, so a dev backend
 * and the preview listen on the loopback interface only unless `--host` asks for another;
 * a production `kpi serve` (signed requests only) listens on every interface, as before.
 */
export const LOOPBACK_HOST = '127.0.0.1';

const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '']);

/** The URL to print and to call: a wildcard address is reached as localhost. */
export function urlOf(host: string | undefined, port: number): string {
  if (host === undefined || EVERY_INTERFACE.has(host)) return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** "127.0.0.1 only" or "every interface", for the line that says where the server listens. */
export function describeHost(host: string | undefined): string {
  return host === undefined || EVERY_INTERFACE.has(host) ? 'every network interface' : `${host} only`;
}
