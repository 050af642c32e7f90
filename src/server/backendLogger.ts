/** Where the backend writes what happened; errors keep their stack here and only here, never in a response. */
export interface BackendLogger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: BackendLogger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error ?? ''),
};

export const silentLogger: BackendLogger = { info: () => undefined, error: () => undefined };
