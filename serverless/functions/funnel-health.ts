import { funnelHealth } from '../../src/handlers/funnelHealth';
import { appFunction } from '../appFunction';

/** App function `funnel-health`: stage-to-stage conversion per team and rep (the app page's Funnel health). */
export const main = appFunction(funnelHealth);
