/**
 * The 1M-deal mirror, in two processes so the serving one's peak memory is its own:
 *   node -r tsx/cjs bench/mirror/millionChild.ts build <dir> <deals> <asOfMs>      → prints build ms
 *   node -r tsx/cjs bench/mirror/millionChild.ts serve <dir> <deals> <asOfMs> <buildMs> → prints a MillionResult JSON line
 */
import { buildMillionMirror, serveMillionMirror } from './millionMirror';

const [mode, dir, dealsArg, asOfArg, buildArg] = process.argv.slice(2);
const deals = Number(dealsArg);
const asOf = Number(asOfArg);
const work =
  mode === 'build'
    ? buildMillionMirror(dir ?? '', deals, asOf).then((ms) => String(ms))
    : serveMillionMirror(dir ?? '', deals, asOf, Number(buildArg), 20, () => Math.round(process.resourceUsage().maxRSS / 1024)).then((r) => JSON.stringify(r));
work
  .then((line) => process.stdout.write(`${line}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
