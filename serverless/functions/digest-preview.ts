import { digestPreview } from '../../src/handlers/digestPreview';
import { appFunction } from '../appFunction';

/** App function `digest-preview`: the weekly digest and monthly summary as they would be sent (the app page's Reports tab). */
export const main = appFunction(digestPreview);
