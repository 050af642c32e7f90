import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Names this backend process as a lease holder: host and pid for the operator, a random part so a restarted pid is someone new. */
export const backendInstanceId = (): string => `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
