import { readFileSync } from 'node:fs';
import { CliError } from './cliError';

/** Reads and parses one JSON file; every failure is one line naming the file and why. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${reasonOf(e)}`);
  }
  if (text.trim() === '') throw new CliError(`${what} ${path} is empty: it must hold one JSON text`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} ${path} is not valid JSON: ${reasonOf(e)}`);
  }
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ERR_STRING_TOO_LONG') return 'the file is too large to read as one JSON text';
  return e instanceof Error ? e.message : String(e);
}
