/**
 * One bench size in its own process: `node --expose-gc -r tsx/cjs bench/benchChild.ts <deals> <asOfMs>`.
 * Prints one JSON line (a BenchRow) on stdout. The clock and the memory counter are read here.
 */
import { benchSize } from './benchSize';

const [dealsArg, asOfArg] = process.argv.slice(2);
const row = benchSize(
  Number(dealsArg),
  Number(asOfArg),
  {
    now: () => performance.now(),
    cpu: () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    },
  },
  () => Math.round(process.resourceUsage().maxRSS / 1024),
);
process.stdout.write(`${JSON.stringify(row)}\n`);
