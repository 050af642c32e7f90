import { err, ok } from '../domain/result';
import { alertEntrySchema, alertKeySchema, type AlertLedger } from './alertLedger';
import { alertLedgerSchemaEgg } from './alertLedgerObject';
import { alertRecord, openAlertRecords, writeAlertRecord } from './alertLedgerRecords';
import { portalObjects, type PortalObjectsSource } from './portalObjectsSource';
import { portalObjectTypes } from './portalObjectTypes';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

export type PortalAlertLedgerOptions = PortalObjectsSource;

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
  const recordsOf = portalObjectTypes(portalObjects(options), alertLedgerSchemaEgg, 'alert_key');
  return {
    async get(keyInput) {
      const key = alertKeySchema.safeParse(keyInput);
      if (!key.success) return null;
      const records = await recordsOf(key.data.portalId, false);
      return records === null ? null : alertRecord(records, key.data);
    },
    async upsert(entryInput) {
      const entry = alertEntrySchema.safeParse(entryInput);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      const records = await recordsOf(entry.data.portalId, true);
      if (records === null) throw new Error(`the alert ledger object could not be created in portal ${entry.data.portalId}`);
      await writeAlertRecord(records, entry.data);
      return ok(entry.data);
    },
    async listOpen(portalId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      if (!portalIdSchema.safeParse(portalId).success || !period.success) return [];
      const records = await recordsOf(portalId, false);
      return records === null ? [] : openAlertRecords(records, period.data);
    },
  };
}
