import { getSettings } from '../../src/handlers/getSettings';
import { appFunction } from '../appFunction';

/** App function `get-settings`: the settings in force and their version (the settings page). */
export const main = appFunction(getSettings);
