import fc from 'fast-check';
import { archiveObject } from '../../src/emulator/archiveObject';
import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import { createObject, updateObject } from '../../src/emulator/objectWrites';
import type { WebhookEvent } from '../../src/emulator/webhookEvents';
import { eventCounter, webhookEvents } from '../../src/emulator/webhookEvents';
import { webhookOptionsSchema } from '../../src/emulator/webhookOptions';
import { smallSnapshot } from './fixtures';

const WATCHED = ['amount', 'dealstage', 'hubspot_owner_id', 'closedate', 'hs_is_closed_won'];
const STAGES = ['appointmentscheduled', 'qualifiedtobuy', 'closedwon', 'closedlost'];

type Op =
  | { kind: 'create'; amount: number; stage: number }
  | { kind: 'update'; pick: number; amount: number | null; stage: number | null; owner: number | null }
  | { kind: 'archive'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), amount: fc.nat(9), stage: fc.nat(3) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), amount: fc.option(fc.nat(9)), stage: fc.option(fc.nat(3)), owner: fc.option(fc.constantFrom(11, 12)) }),
  fc.record({ kind: fc.constant('archive' as const), pick: fc.nat() }),
);

describe('webhook events', () => {
  it('replayed in order, a receiver\'s copy of the subscribed properties equals the emulator\'s live deals (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const state = createCrmState(smallSnapshot(), '2026-04-01T00:00:00.000Z');
        const deals = collectionFor(state, 'deals');
        if (deals === undefined) throw new Error('no deals');
        const options = webhookOptionsSchema.parse({ url: 'http://127.0.0.1:1/hooks', clientSecret: 's', propertyChanges: WATCHED });
        const counter = eventCounter();
        const events: WebhookEvent[] = [];
        state.changes.subscribe((change) => events.push(...webhookEvents(change, state.portalId, options, counter)));
        const copy = new Map<string, Record<string, string>>();
        for (const d of deals.listed(false)) copy.set(d.id, Object.fromEntries(WATCHED.flatMap((p) => (d.properties[p] ? [[p, d.properties[p]]] : []))));
        let at = Date.UTC(2026, 3, 1);
        for (const op of ops) {
          const iso = new Date((at += 60_000)).toISOString();
          const live = deals.listed(false);
          const target = live.length === 0 || op.kind === 'create' ? undefined : live[op.pick % live.length];
          if (op.kind === 'create') createObject(state, deals, { properties: { amount: String(op.amount), dealstage: STAGES[op.stage] ?? 'qualifiedtobuy' } }, iso);
          else if (target !== undefined && op.kind === 'archive') archiveObject(state, deals, target.id, iso);
          else if (target !== undefined && op.kind === 'update') {
            const values: Record<string, string> = {};
            if (op.amount !== null) values.amount = String(op.amount);
            if (op.stage !== null) values.dealstage = STAGES[op.stage] ?? 'qualifiedtobuy';
            if (op.owner !== null) values.hubspot_owner_id = String(op.owner);
            updateObject(state, deals, target, values, iso);
          }
        }
        for (const event of [...events].sort((a, b) => a.eventId - b.eventId)) {
          const id = String(event.objectId);
          if (event.subscriptionType === 'object.creation') copy.set(id, {});
          else if (event.subscriptionType === 'object.deletion') copy.delete(id);
          else if (event.propertyName !== undefined) {
            const record = copy.get(id) ?? {};
            if (event.propertyValue === '') delete record[event.propertyName];
            else record[event.propertyName] = event.propertyValue ?? '';
            copy.set(id, record);
          }
        }
        const truth = new Map(deals.listed(false).map((d) => [d.id, Object.fromEntries(WATCHED.flatMap((p) => (d.properties[p] ? [[p, d.properties[p]]] : [])))]));
        expect(copy).toEqual(truth);
        expect(events.every((e) => e.objectTypeId === '0-3' && e.portalId === state.portalId && e.attemptNumber === 0)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
