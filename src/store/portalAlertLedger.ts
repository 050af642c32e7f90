import { err, ok } from '../domain/result';
import { alertEntrySchema, alertKeySchema, type AlertLedger } from './alertLedger';
import { alertLedgerSchemaEgg } from './alertLedgerObject';
import { portalClients, type PortalClientSource } from './portalClientSource';
import { portalObjectTypes } from './portalObjectTypes';
import { PortalAlertRecords } from './portalAlertRecords';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

export type PortalAlertLedgerOptions = PortalClientSource;

/**
 * The alert ledger (kpi-spec §5 threshold alerts) kept in the portal itself as records of the
 * `kpi_alert_ledger` custom object, so the alert scan stays idempotent on installs with no
 * backend. The object is created on the first write, never on a read; entries carry their
 * own timestamps, so the ledger needs no clock.
 *
 * `get` and `upsert` address a record by its unique `alert_key` and see every write at once.
 * `listOpen` is a search, and HubSpot's search index trails writes by a few seconds: an entry
 * written that recently may be missing from it, so two scans seconds apart can both treat
 * the same breach as new. A caller that must not raise a task twice checks `get` first.
 */
export function openPortalAlertLedger(options: PortalAlertLedgerOptions): AlertLedger {
  const objectOf = portalObjectTypes(portalClients(options), alertLedgerSchemaEgg);
  const recordsOf = async (portalId: number, create: boolean): Promise<PortalAlertRecords | null> => {
    const found = await objectOf(portalId, create);
    return found === null ? null : new PortalAlertRecords(found.client, found.objectType, portalId);
  };
  return {
    async get(keyInput) {
      const key = alertKeySchema.safeParse(keyInput);
      if (!key.success) return null;
      const records = await recordsOf(key.data.portalId, false);
      return records === null ? null : records.byKey(key.data);
    },
    async upsert(entryInput) {
      const entry = alertEntrySchema.safeParse(entryInput);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      const records = await recordsOf(entry.data.portalId, true);
      if (records === null) throw new Error(`the alert ledger object could not be created in portal ${entry.data.portalId}`);
      await records.write(entry.data);
      return ok(entry.data);
    },
    async listOpen(portalId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      if (!portalIdSchema.safeParse(portalId).success || !period.success) return [];
      const records = await recordsOf(portalId, false);
      return records === null ? [] : records.openOf(period.data);
    },
  };
}
