import type { SyncStatus } from './syncStatus';

const WIDTH = 24;

/** The terminal's view of a backfill: "sync  ███████████░░░░░░░░░░░░░  45%  9,000 deals". */
export function progressLine(status: SyncStatus): string {
  const filled = Math.round(status.progress * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  const percent = `${Math.floor(status.progress * 100)}%`.padStart(4);
  const state = status.state === 'error' ? `  error: ${status.error ?? ''}` : status.state === 'ready' ? '  ready' : '';
  return `sync  ${bar} ${percent}  ${status.deals.toLocaleString('en-US')} deals${state}`;
}

/**
 * Draws the backfill in place on a terminal (elsewhere a line per 10%), then one line each time
 * the state changes: a log gets "ready" once, not once a minute.
 */
export function progressPrinter(stream: NodeJS.WriteStream): (status: SyncStatus) => void {
  let lastPercent = -10;
  let lastState: SyncStatus['state'] | null = null;
  return (status) => {
    const changed = status.state !== lastState;
    lastState = status.state;
    if (status.state !== 'backfilling') {
      if (changed) stream.write(`${stream.isTTY ? '\r' : ''}${progressLine(status)}\n`);
      return;
    }
    const percent = Math.floor(status.progress * 100);
    if (stream.isTTY) stream.write(`\r${progressLine(status)}`);
    else if (percent - lastPercent >= 10) {
      lastPercent = percent;
      stream.write(`${progressLine(status)}\n`);
    }
  };
}
