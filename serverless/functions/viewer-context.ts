import { viewerContext } from '../../src/handlers/viewerContext';
import { appFunction } from '../appFunction';

/** App function `viewer-context`: the viewer's role and the app page's views they may use. */
export const main = appFunction(viewerContext);
