import { settingsContext } from '../../src/handlers/settingsContext';
import { appFunction } from '../appFunction';

/** App function `settings-context`: the portal's pipelines, owners, teams and deal properties the settings page picks from. */
export const main = appFunction(settingsContext);
