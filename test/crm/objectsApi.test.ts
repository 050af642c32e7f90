import { createCrmClient } from '../../src/crm/crmClient';
import { CrmError } from '../../src/crm/crmError';
import type { ObjectsTransport } from '../../src/crm/objectsTransport';
import { createPortalLimiter } from '../../src/crm/portalLimiter';
import type { CrmObject } from '../../src/domain/snapshot';
import { createFakeTransport, fakeTime } from './fakeTransport';

/**
 * An in-memory custom object with a unique `key`, refusing a duplicate the way third-party
 * clients report HubSpot doing for custom objects: 400 "already has that value" (not 409).
 */
function customObjectPortal(duplicateStatus = 400) {
  const records = new Map<string, CrmObject>();
  const schemas: { name: string; objectTypeId: string }[] = [];
  const calls: string[] = [];
  let next = 1;
  const refuse = (status: number, message: string) => new CrmError({ kind: status === 404 ? 'not_found' : 'bad_request', status, message });
  const transport: ObjectsTransport = {
    schemas: async () => ({ results: schemas }),
    createSchema: async (egg) => {
      const name = (egg as { name: string }).name;
      if (schemas.some((s) => s.name === name)) throw refuse(duplicateStatus, `an object named ${name} already exists`);
      schemas.push({ name, objectTypeId: `2-${schemas.length + 1}` });
      return { objectTypeId: `2-${schemas.length}` };
    },
    getByKey: async (_type, _keyProperty, key) => {
      calls.push(`get ${key}`);
      const found = records.get(key);
      if (found === undefined) throw refuse(404, 'not found');
      return found;
    },
    create: async (_type, properties) => {
      calls.push(`create ${properties.key}`);
      const key = properties.key ?? '';
      if (key === 'bad') throw refuse(400, 'Property values were not valid');
      if (records.has(key)) throw refuse(duplicateStatus, `A record with key=${key} already has that value`);
      const record = { id: String(next++), properties };
      records.set(key, record);
      return record;
    },
    updateByKey: async (_type, _keyProperty, key, properties) => {
      const found = records.get(key);
      if (found === undefined) throw refuse(404, 'not found');
      const updated = { ...found, properties: { ...found.properties, ...properties } };
      records.set(key, updated);
      return updated;
    },
    searchObjects: async () => ({ results: [...records.values()] }),
  };
  const time = fakeTime();
  const client = createCrmClient({
    transport: createFakeTransport({ owners: [], pipelines: [], users: [], objects: {} }),
    objects: transport,
    limiter: createPortalLimiter(time.clock, time.sleep),
    sleep: time.sleep,
    random: () => 0.5,
  });
  return { objects: client.objects, stats: () => client.stats(), calls, schemas };
}

describe('the object endpoints on the gateway’s client', () => {
  it.each([400, 409])('decides a duplicate key from the record read back by key, whatever the status (%i)', async (status) => {
    const portal = customObjectPortal(status);
    expect(await portal.objects.create('2-1', 'key', { key: 'v1', write_id: 'mine' })).toMatchObject({ outcome: 'created' });
    const again = await portal.objects.create('2-1', 'key', { key: 'v1', write_id: 'theirs' });
    expect(again).toEqual({ outcome: 'exists', record: { id: '1', properties: { key: 'v1', write_id: 'mine' } } });
    expect(portal.calls).toEqual(['create v1', 'create v1', 'get v1']);
  });

  it('lets a refusal stand when no record holds the key: it was the request, not a duplicate', async () => {
    const portal = customObjectPortal();
    await expect(portal.objects.create('2-1', 'key', { key: 'bad' })).rejects.toMatchObject({ status: 400, message: 'Property values were not valid' });
  });

  it('counts every call in the client’s stats, like the CRM reads', async () => {
    const portal = customObjectPortal();
    await portal.objects.create('2-1', 'key', { key: 'v1' });
    expect(await portal.objects.getByKey('2-1', 'key', 'v2', ['key'])).toBeNull();
    await portal.objects.searchPage('2-1', { filterGroups: [], sorts: [], properties: ['key'], limit: 10 });
    expect(portal.stats()).toMatchObject({ requests: 3, searches: 1, byOperation: { 'create 2-1': 1, 'get 2-1': 1, 'search 2-1': 1 } });
  });

  it('creates a schema once; the loser of a race reads the winner’s type', async () => {
    const portal = customObjectPortal();
    expect(await portal.objects.ensureSchema({ name: 'kpi_settings_version' }, false)).toBeNull();
    expect(portal.schemas).toEqual([]);
    const racing = await Promise.all([portal.objects.ensureSchema({ name: 'kpi_settings_version' }, true), portal.objects.ensureSchema({ name: 'kpi_settings_version' }, true)]);
    expect(racing).toEqual(['2-1', '2-1']);
    expect(portal.schemas).toHaveLength(1);
    expect(portal.stats().byOperation['create schema']).toBe(2);
  });
});
