import { dealKpis } from '../../src/handlers/dealKpis';
import { appFunction } from '../appFunction';

/** App function `deal-kpis`: the deal card (stage, days in stage, win chance, what closing it does for its owner). */
export const main = appFunction(dealKpis);
