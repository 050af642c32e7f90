import { z } from 'zod';

/** The input of handlers that take none (getSettings, settingsHistory, settingsContext): anything extra is ignored. */
export const noInputSchema = z.object({});
