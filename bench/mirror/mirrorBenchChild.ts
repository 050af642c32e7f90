/**
 * One mirror bench size in its own process:
 *   node -r tsx/cjs bench/mirror/mirrorBenchChild.ts <deals> <asOfMs> [--latency-ms=120] [--live-calls=N] [--no-limits]
 * Prints one JSON line (a MirrorBenchResult) on stdout, progress on stderr. The clock is read here and in bench/mirror only.
 */
import { liveCallsFor, mirrorBenchSize } from './mirrorBenchSize';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const deals = Number(args[0]);
mirrorBenchSize(
  {
    deals,
    asOf: Number(args[1]),
    latencyMs: Number(flag('latency-ms') ?? 120),
    limits: !args.includes('--no-limits'),
    liveCalls: Number(flag('live-calls') ?? liveCallsFor(deals)),
    mirrorCalls: Number(flag('mirror-calls') ?? 20),
    changes: Number(flag('changes') ?? 1000),
    concurrentLoads: 20,
  },
  (line) => process.stderr.write(`kpi: bench mirror ${line}\n`),
)
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
