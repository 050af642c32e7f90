import { dataProblems } from '../../src/handlers/dataProblems';
import { appFunction } from '../appFunction';

/** App function `data-problems`: the portal's unreadable deals by kind and owner, for the settings page. */
export const main = appFunction(dataProblems);
