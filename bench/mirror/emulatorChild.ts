/**
 * The bench's HubSpot: the demo portal in an emulator of its own process, as HubSpot is
 * another machine, so its search and serialisation cost our backend's process nothing:
 *   node -r tsx/cjs bench/mirror/emulatorChild.ts <deals> <asOfMs> <startedAtMs> <latencyMs> <limits:on|off>
 * prints its base URL on stdout once it listens; stops when its stdin closes (the bench ended).
 * The portal's clock runs from the as-of since `startedAtMs`, the bench's own start.
 */
import { parseSnapshot } from '../../src/domain/portalFromSnapshot';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';

async function main(): Promise<void> {
  const [deals, asOf, startedAt, latencyMs, limits] = process.argv.slice(2);
  const parsed = parseSnapshot(generateDemoSnapshot({ deals: Number(deals), seed: 1, asOf: Number(asOf) }));
  if (!parsed.ok) throw new Error(`demo snapshot did not validate: ${parsed.error}`);
  const now = () => Number(asOf) + (Date.now() - Number(startedAt));
  const emulator = createCrmEmulator(parsed.value, { now, limitsClock: Date.now, latencyMs: Number(latencyMs), ...(limits === 'on' ? {} : { limits: false }) });
  const running = await emulator.listen(0);
  process.stdout.write(`${running.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void running.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
