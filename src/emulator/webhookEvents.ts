import type { ObjectChange } from './changeFeed';
import type { WebhookOptions } from './webhookOptions';

/** One event of a webhook request's JSON array, as HubSpot's generic (`object.*`) subscriptions send it. */
export interface WebhookEvent {
  eventId: number;
  subscriptionId: number;
  portalId: number;
  appId: number;
  occurredAt: number;
  subscriptionType: 'object.creation' | 'object.deletion' | 'object.propertyChange';
  attemptNumber: number;
  objectId: number;
  objectTypeId: string;
  propertyName?: string;
  propertyValue?: string;
  changeSource: string;
}

/** Numbers the events and subscriptions of one emulator, so ids are stable for a run. */
export interface EventCounter {
  nextEventId(): number;
  subscriptionId(key: string): number;
}

export function eventCounter(): EventCounter {
  let eventSeq = 0;
  const subscriptions = new Map<string, number>();
  return {
    nextEventId: () => (eventSeq += 1),
    subscriptionId: (key) => {
      const known = subscriptions.get(key);
      if (known !== undefined) return known;
      const id = subscriptions.size + 1;
      subscriptions.set(key, id);
      return id;
    },
  };
}

/**
 * The events a deal write raises (webhooks guide, "Parse generic webhook payloads"): a create
 * is an `object.creation`, an archive an `object.deletion`, and every subscribed property
 * whose value the write changed (a create sets its first values) an `object.propertyChange`
 * carrying the new value ("" once cleared). Writes through the object API have
 * `changeSource` "API". Other object types raise nothing: the app subscribes to deals only.
 */
export function webhookEvents(change: ObjectChange, portalId: number, options: WebhookOptions, counter: EventCounter): WebhookEvent[] {
  if (change.collection.info.name !== 'deals') return [];
  const event = (subscriptionType: WebhookEvent['subscriptionType'], key: string, property?: { name: string; value: string }): WebhookEvent => ({
    eventId: counter.nextEventId(),
    subscriptionId: counter.subscriptionId(key),
    portalId,
    appId: options.appId,
    occurredAt: change.atMs,
    subscriptionType,
    attemptNumber: 0,
    objectId: Number(change.after.id),
    objectTypeId: change.collection.info.objectTypeId,
    ...(property === undefined ? {} : { propertyName: property.name, propertyValue: property.value }),
    changeSource: 'API',
  });
  if (change.kind === 'archive') return options.deletion ? [event('object.deletion', 'deletion')] : [];
  const events = change.kind === 'create' && options.creation ? [event('object.creation', 'creation')] : [];
  const before = change.before?.properties ?? {};
  const after = change.after.properties;
  for (const name of changedProperties(before, after)) {
    if (options.propertyChanges !== 'all' && !options.propertyChanges.includes(name)) continue;
    events.push(event('object.propertyChange', `propertyChange:${name}`, { name, value: after[name] ?? '' }));
  }
  return events;
}

function changedProperties(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => (before[name] ?? '') !== (after[name] ?? '')).sort();
}
