import { restoreSettings } from '../../src/handlers/restoreSettings';
import { appFunction } from '../appFunction';

/** App function `restore-settings`: writes a new version equal to an earlier one (admins). */
export const main = appFunction(restoreSettings);
