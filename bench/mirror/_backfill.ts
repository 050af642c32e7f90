import { openBenchPortal } from './benchPortal';
import { backfill } from './benchSync';
async function main() {
  const deals = Number(process.argv[2] ?? 100000);
  const portal = await openBenchPortal({ deals, asOf: Date.parse('2026-11-16T00:00:00Z'), latencyMs: 120, limits: true });
  const b = await backfill(portal);
  console.log(JSON.stringify({ ...b, ratio: b.ms / b.floorMs }));
  await portal.close();
}
main();
