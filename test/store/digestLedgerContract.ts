import type { DigestLedger } from '../../src/store/digestLedger';

/** What a digest ledger factory hands the contract suite. */
export interface DigestLedgerHarness {
  ledger: DigestLedger;
  close(): Promise<void>;
}

const AT = Date.parse('2026-11-30T07:00:00Z');
const weekly = { portalId: 3, kind: 'weekly' as const, ownerId: 'mia', period: '2026-W48' };

/** The behaviour every DigestLedger has (docs/kpis.md "Digests"), given a factory opening a fresh, empty one. */
export function digestLedgerContract(open: () => Promise<DigestLedgerHarness>): void {
  let h: DigestLedgerHarness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => h.close());

  it('keeps the first task recorded for a manager and week: a re-run learns it and records nothing', async () => {
    expect(await h.ledger.get(weekly)).toBeNull();
    const first = await h.ledger.record({ ...weekly, taskId: '101', createdAt: AT });
    const again = await h.ledger.record({ ...weekly, taskId: '102', createdAt: AT + 60_000 });
    const entry = { ...weekly, teamId: '', taskId: '101', createdAt: AT, claimedAt: AT, subject: null };
    expect(first).toEqual({ ok: true, value: entry });
    expect(again).toEqual({ ok: true, value: entry });
    expect(await h.ledger.get(weekly)).toEqual(entry);
  });

  it('lets one of several runs recording at once win, and tells every run which', async () => {
    const results = await Promise.all(['201', '202', '203', '204'].map((taskId) => h.ledger.record({ ...weekly, taskId, createdAt: AT })));
    const inForce = await h.ledger.get(weekly);
    expect(['201', '202', '203', '204']).toContain(inForce?.taskId);
    expect(results).toEqual(results.map(() => ({ ok: true, value: inForce })));
  });

  it('keys each kind, manager, team, period and portal apart', async () => {
    const monthly = { portalId: 3, kind: 'monthly' as const, ownerId: 'mia', period: '2026-11' };
    await h.ledger.record({ ...weekly, taskId: '1', createdAt: AT });
    await h.ledger.record({ ...weekly, period: '2026-W49', taskId: '2', createdAt: AT });
    await h.ledger.record({ ...weekly, ownerId: 'leo', taskId: '3', createdAt: AT });
    await h.ledger.record({ ...weekly, portalId: 4, taskId: '4', createdAt: AT });
    await h.ledger.record({ ...monthly, teamId: 'east', taskId: '5', createdAt: AT });
    await h.ledger.record({ ...monthly, teamId: 'west', taskId: '6', createdAt: AT });
    const ids = await Promise.all([
      h.ledger.get(weekly), h.ledger.get({ ...weekly, period: '2026-W49' }), h.ledger.get({ ...weekly, ownerId: 'leo' }), h.ledger.get({ ...weekly, portalId: 4 }),
      h.ledger.get({ ...monthly, teamId: 'east' }), h.ledger.get({ ...monthly, teamId: 'west' }), h.ledger.get({ ...monthly, teamId: 'north' }),
    ]);
    expect(ids.map((e) => e?.taskId ?? null)).toEqual(['1', '2', '3', '4', '5', '6', null]);
  });

  it('lets one of several runs claiming at once hold the claim, and tells every run the claim in force', async () => {
    const claims = await Promise.all([AT, AT, AT + 1, AT + 2].map((claimedAt) => h.ledger.claim({ ...weekly, claimedAt, subject: `Weekly ${claimedAt}` })));
    const inForce = await h.ledger.get(weekly);
    expect(claims.filter((c) => c.ok && c.value.won)).toHaveLength(1);
    expect(inForce).toEqual({ ...weekly, teamId: '', taskId: null, createdAt: null, claimedAt: inForce?.claimedAt, subject: `Weekly ${inForce?.claimedAt}` });
    expect(claims.map((c) => (c.ok ? c.value.entry : null))).toEqual(claims.map(() => inForce));
  });

  it('records the task on the claim, and refuses a claim once the digest has one', async () => {
    await h.ledger.claim({ ...weekly, claimedAt: AT, subject: 'Weekly' });
    const recorded = await h.ledger.record({ ...weekly, taskId: '301', createdAt: AT + 5_000 });
    const entry = { ...weekly, teamId: '', taskId: '301', createdAt: AT + 5_000, claimedAt: AT, subject: 'Weekly' };
    expect(recorded).toEqual({ ok: true, value: entry });
    expect(await h.ledger.record({ ...weekly, taskId: '302', createdAt: AT + 9_000 })).toEqual({ ok: true, value: entry });
    expect(await h.ledger.claim({ ...weekly, claimedAt: AT + 86_400_000, subject: 'Weekly' })).toEqual({ ok: true, value: { won: false, entry } });
  });

  it('hands a stale claim to exactly one of the runs taking it over, and never a recorded one', async () => {
    await h.ledger.claim({ ...weekly, claimedAt: AT, subject: 'Weekly' });
    const later = AT + 86_400_000;
    const retakes = await Promise.all([later, later, later + 1].map((claimedAt) => h.ledger.retake({ ...weekly, fromClaimedAt: AT, claimedAt, subject: `Again ${claimedAt}` })));
    expect(retakes.filter((r) => r.ok && r.value.won)).toHaveLength(1);
    const taken = await h.ledger.get(weekly);
    expect(taken?.taskId).toBeNull();
    expect([later, later + 1]).toContain(taken?.claimedAt);
    expect(taken?.subject).toBe(`Again ${taken?.claimedAt}`);
    await h.ledger.record({ ...weekly, taskId: '401', createdAt: later });
    const afterRecord = await h.ledger.retake({ ...weekly, fromClaimedAt: taken?.claimedAt ?? 0, claimedAt: later + 99, subject: 'Late' });
    expect(afterRecord.ok && afterRecord.value).toEqual({ won: false, entry: { ...weekly, teamId: '', taskId: '401', createdAt: later, claimedAt: taken?.claimedAt, subject: taken?.subject } });
  });

  it('refuses a period that is neither a week nor a month, an empty manager or task, and records nothing', async () => {
    for (const bad of [{ period: '2026-Q3' }, { period: '2026-W54' }, { period: '2026-13' }, { ownerId: ' ' }, { taskId: '' }]) {
      const r = await h.ledger.record({ ...weekly, taskId: '9', createdAt: AT, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await h.ledger.get(weekly)).toBeNull();
  });
}
