import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CrmEmulator } from '../emulator/createCrmEmulator';

/** The paths the emulator answers (HubSpot's own API roots); everything else is the app's. */
const EMULATOR_ROOTS = ['/crm/', '/settings/v3/', '/account-info/'];

export const isEmulatorPath = (path: string): boolean => EMULATOR_ROOTS.some((root) => path.startsWith(root));

/**
 * The one HTTP server of `npm start`. The emulator's router parses every body as text, so
 * it only sees its own paths; the backend's raw-body parser must get /api untouched.
 */
export function createRootApp(emulator: CrmEmulator | null): express.Express {
  const root = express();
  root.disable('x-powered-by');
  if (emulator !== null) root.use((req, res, next) => (isEmulatorPath(req.path) ? emulator.app(req, res, next) : next()));
  return root;
}

export function listenOn(app: express.Express, port: number, host: string): Promise<{ server: Server; port: number; address: string }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => {
      const bound = server.address() as AddressInfo;
      resolve({ server, port: bound.port, address: bound.address });
    });
    server.on('error', reject);
  });
}
