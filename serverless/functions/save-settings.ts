import { saveSettings } from '../../src/handlers/saveSettings';
import { appFunction } from '../appFunction';

/** App function `save-settings`: saves a new settings version (admins; a stale version is a conflict). */
export const main = appFunction(saveSettings);
