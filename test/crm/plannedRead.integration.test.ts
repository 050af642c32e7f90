import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { withRequestBudget } from '../../src/crm/requestBudget';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import type { Harness } from '../handlers/handlerFixture';
import { AS_OF, dataOf, demoSnapshot, errorOf, harness, tempStores, viewerOf } from '../handlers/handlerFixture';

/**
 * Without the backend's mirror, a card reads HubSpot live within its budget. A view whose size
 * HubSpot's search `total` shows cannot be read in time says so at once ("needs the backend for
 * a portal of this size") rather than running into the card's timeout; a small one is answered.
 */
const openStore = tempStores();
const snapshot = demoSnapshot(8000, 7);
let running: RunningEmulator;
let h: Harness;

beforeAll(async () => {
  running = await createCrmEmulator(snapshot, { limits: false, now: () => AS_OF }).listen(0);
  h = await harness(openStore, portalFromSnapshot(snapshot).data);
});
afterAll(() => running.close());

const live = () => crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url }));

describe('a live read planned from HubSpot\'s total', () => {
  it('tells the director at once that the department view needs the backend', async () => {
    const started = Date.now();
    const answer = await withRequestBudget({ priority: 'interactive', deadline: Date.now() + 4_000 }, () => ownerScorecard({ period: '2026' }, h.deps(viewerOf('director'), live())));
    expect(errorOf(answer)).toMatchObject({ code: 'needs_backend', message: expect.stringContaining('backend') });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('answers a rep\'s own scorecard within the same budget', async () => {
    const answer = await withRequestBudget({ priority: 'interactive', deadline: Date.now() + 4_000 }, () => ownerScorecard({}, h.deps(viewerOf('eastRep'), live())));
    expect(dataOf(answer).owner.id).toBeDefined();
  });
});
