import { Command, CommanderError } from 'commander';
import type { CliIo } from './cliIo';
import { processIo } from './cliIo';
import { CliError } from './cliError';
import { registerDemoSnapshot } from './commands/demoSnapshot';
import { registerFunnel } from './commands/funnel';
import { registerSegments } from './commands/segments';
import { registerScorecard } from './commands/scorecard';
import { registerDoctor } from './commands/doctor';
import { registerDeal } from './commands/deal';
import { registerBench } from './commands/bench';
import { registerEmulator } from './commands/emulator';
import { registerBuild } from './commands/build';
import { registerSnapshot } from './commands/snapshot';
import { registerServe } from './commands/serve';
import { registerAlerts } from './commands/alerts';
import { registerStart } from './commands/start';
import { registerScreenshots } from './commands/screenshots';
import { registerSync } from './commands/sync';

/** Each command lives in commands/<name>.ts and registers itself; add new ones to this list. */
export const COMMANDS: ReadonlyArray<(program: Command, io: CliIo) => void> = [registerDemoSnapshot, registerFunnel, registerSegments, registerScorecard, registerDeal, registerDoctor, registerBench, registerEmulator, registerSnapshot, registerBuild, registerServe, registerAlerts, registerStart, registerScreenshots, registerSync];

export function buildProgram(io: CliIo = processIo): Command {
  const program = new Command('kpi')
    .description('Sales KPI Cards: demo data, funnel and scorecards from portal snapshots')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(`kpi: ${text.replace(/^error: /, '').trim()}\n`),
    });
  // Subcommands inherit exitOverride and the output settings when they are created.
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** The `kpi` entry point (bin/kpi.cjs): runs the command and sets the process exit code. */
export async function run(argv: string[]): Promise<void> {
  process.exitCode = await runCli(argv, processIo);
}

/**
 * Runs the command line and returns the exit code. Every failure ends as exit code 1 and one
 * line on stderr, `kpi: <message>`, without a stack: usage errors are the user's to fix, and
 * an unexpected error's message is still more use than a trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const message = e instanceof CliError || e instanceof Error ? e.message : String(e);
    io.err(`kpi: ${message.split('\n')[0]}`);
    return 1;
  }
}
