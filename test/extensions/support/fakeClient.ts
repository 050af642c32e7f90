import type { ClientResult, KpiClient } from '../../../extensions/client/kpiClient';
import type { HandlerError } from '../../../src/handlers/contracts/common';

export type FakeClient = { [K in keyof KpiClient]: jest.MockedFunction<KpiClient[K]> };

const notExpected = (name: string) => async (): Promise<ClientResult<never>> => ({
  ok: false,
  error: { code: 'internal', message: `${name} was not expected in this test` },
});

/** A KpiClient whose every method is a jest mock; a method a test does not set fails loudly. */
export function fakeClient(overrides: Partial<KpiClient> = {}): FakeClient {
  const names: (keyof KpiClient)[] = [
    'dealKpis', 'ownerScorecard', 'funnelHealth', 'getSettings', 'settingsContext',
    'saveSettings', 'settingsHistory', 'restoreSettings', 'scanAlerts',
    'teamScorecards', 'kpiDetails', 'recordManualScore', 'manualScoreSheet', 'importManualScores', 'viewerContext', 'segments', 'digestPreview',
    'teamScorecards', 'kpiDetails', 'recordManualScore', 'manualScoreSheet', 'importManualScores', 'viewerContext',
    'enterForecast', 'frozenForecasts', 'dataProblems',
  ];
  const client: Record<string, unknown> = {};
  for (const name of names) client[name] = jest.fn((overrides[name] ?? notExpected(name)) as (...args: unknown[]) => unknown);
  return client as FakeClient;
}

export const ok = <T>(data: T): ClientResult<T> => ({ ok: true, data });
export const fail = (code: HandlerError['code'], message: string, fields?: HandlerError['fields']): ClientResult<never> => ({
  ok: false,
  error: fields === undefined ? { code, message } : { code, message, fields },
});

/** A promise the test resolves when it wants, to observe the loading state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Lets pending effects and resolved promises run (the renderer's waitFor only re-checks on renders). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Fires an event with its argument. `trigger`'s 0.17 typing asks for the handler itself as
 * the argument, while at run time it passes the value to the handler, as a host would.
 */
export function fire(node: { trigger: unknown }, event: string, value: unknown): void {
  (node.trigger as (event: string, value: unknown) => void)(event, value);
}
