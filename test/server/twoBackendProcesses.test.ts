import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import express from 'express';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { describeOnPostgres, freshPgSchemas } from '../store/pgTestDb';
import { SECRET, USERS, demoSnapshot, signedFetch } from './backendHarness';

const KPI = resolve(__dirname, '../../bin/kpi.cjs');
const snapshot = demoSnapshot(1000);

interface BackendProcess {
  url: string;
  child: ChildProcess;
  log: string[];
}

/** `kpi serve` in its own Node process, as a second host would run it; resolves once it listens. */
function serve(env: Record<string, string>, crmUrl: string): Promise<BackendProcess> {
  const child = spawn(process.execPath, [KPI, 'serve', '--port', '0', '--base-url', crmUrl], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`kpi serve did not start: ${log.join('\n')}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => void log.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const url = /KPI backend: (http:\/\/\S+) /.exec(chunk.toString())?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        done({ url, child, log });
      }
    });
    child.once('exit', (code) => fail(new Error(`kpi serve exited with ${code}: ${log.join('\n')}`)));
  });
}

/**
 * Two `kpi serve` processes on one PostgreSQL database against one emulator with HubSpot's
 * limits on: what README "Deployment" promises of N backends behind a load balancer.
 */
describeOnPostgres('two backend processes on one PostgreSQL database', (url) => {
  const schemas = freshPgSchemas(url);
  let server: Server;
  let crmUrl: string;
  let tooMany = 0;
  let searches = 0;
  const backends: BackendProcess[] = [];

  beforeAll(async () => {
    const emulator = createCrmEmulator(snapshot, { tokens: ['portal-token'] });
    const counted = express();
    counted.use((req, res, next) => {
      if (req.path.endsWith('/search')) searches += 1;
      res.on('finish', () => void (res.statusCode === 429 && (tooMany += 1)));
      next();
    });
    counted.use(emulator.app);
    server = await new Promise<Server>((done) => {
      const s = counted.listen(0, '127.0.0.1', () => done(s));
    });
    crmUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const database = new URL(url);
    database.searchParams.set('options', `-c search_path=${await schemas()}`);
    const env = { HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_ACCESS_TOKEN: 'portal-token', KPI_DATABASE_URL: database.toString() };
    backends.push(...(await Promise.all([serve(env, crmUrl), serve(env, crmUrl)])));
  }, 90_000);
  afterAll(async () => {
    for (const b of backends) b.child.kill('SIGKILL');
    await new Promise((done) => server.close(done));
  });

  const call = (b: BackendProcess, path: string, userId: number, body: unknown, method: 'POST' | 'PUT' = 'POST') =>
    signedFetch(b.url, path, { method, userId, body, timestamp: Date.now() });

  it('saves settings from both at once: one wins, the other gets a conflict, and both serve the winner', async () => {
    const [a, b] = backends as [BackendProcess, BackendProcess];
    const asked = [
      call(a, '/api/v1/settings', USERS.admin, { settings: demoSettings(), expectedVersion: 0 }, 'PUT'),
      call(b, '/api/v1/settings', USERS.admin, { settings: { ...demoSettings(), fiscalYearStartMonth: 4 }, expectedVersion: 0 }, 'PUT'),
    ];
    const answers = await Promise.all(asked);
    // Refusals travel as 200 { ok: false, error } (HubSpot's proxy replaces the body of a 4xx/5xx).
    const outcome = (r: { body: unknown }) => { const b = r.body as { ok: boolean; error?: { code: string } }; return b.ok ? 'saved' : b.error?.code; };
    expect(answers.map(outcome).sort()).toEqual(['conflict', 'saved']);
    const history = await Promise.all([a, b].map((x) => signedFetch(x.url, '/api/v1/settings/history', { method: 'GET', userId: USERS.admin, timestamp: Date.now() })));
    expect(history[0]?.body).toEqual(history[1]?.body);
    expect((history[0]?.body as { data: { versions: unknown[] } }).data.versions).toHaveLength(1);
  });

  it('backfills the shared mirror from both under HubSpot’s search limit, then both answer the same numbers', async () => {
    const [a, b] = backends as [BackendProcess, BackendProcess];
    const ready = async (x: BackendProcess) => ((await (await fetch(`${x.url}/healthz`)).json()) as { sync?: { state: string } }).sync?.state === 'ready';
    for (const x of [a, b]) {
      const end = Date.now() + 80_000;
      while (!(await ready(x))) {
        if (Date.now() > end) throw new Error(`the mirror of ${x.url} never became ready: ${x.log.join('')}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    // A backfill of 1,000 deals is more searches than one window holds, from both backends at once.
    expect(searches).toBeGreaterThan(10);
    expect(tooMany).toBe(0);
    const reads = [
      { path: '/api/v1/funnel-health', userId: USERS.southManager, body: { period: '2026-Q3' } },
      { path: '/api/v1/owner-scorecard', userId: USERS.eastRep, body: { period: '2026-Q3' } },
    ];
    const answers = await Promise.all(reads.flatMap((r) => [call(a, r.path, r.userId, r.body), call(b, r.path, r.userId, r.body)]));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const dataOf = (r: { body: unknown }) => (r.body as { data: Record<string, unknown> }).data;
    // The same numbers; what depends on the instant each answered (how fresh, how far into the period) aside.
    const instantFree = (key: string, value: unknown) => (key === 'dataAsOf' || key === 'elapsedShare' || key === 'pace' ? undefined : value);
    const numbers = answers.map((r) => JSON.parse(JSON.stringify(dataOf(r), instantFree)) as unknown);
    expect(numbers[0]).toEqual(numbers[1]);
    expect(numbers[2]).toEqual(numbers[3]);
    expect(dataOf(answers[0] as { body: unknown }).dataAsOf).toEqual(expect.any(String));
  }, 100_000);

  it('goes on serving from the other backend when one is killed', async () => {
    const [a, b] = backends as [BackendProcess, BackendProcess];
    a.child.kill('SIGKILL');
    await new Promise((done) => a.child.once('exit', done));
    const answer = await signedFetch(b.url, '/api/v1/settings', { method: 'GET', userId: USERS.admin, timestamp: Date.now() });
    expect(answer).toMatchObject({ status: 200, body: { ok: true, data: { version: 1 } } });
  });
});
