import { settingsHistory } from '../../src/handlers/settingsHistory';
import { appFunction } from '../appFunction';

/** App function `settings-history`: every saved settings version, newest first. */
export const main = appFunction(settingsHistory);
