import { segments } from '../../src/handlers/segments';
import { appFunction } from '../appFunction';

/** App function `segments`: growth and attainment per segment (the app page's Segments tab). */
export const main = appFunction(segments);
