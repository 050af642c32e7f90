import { kpiDetails } from '../../src/handlers/kpiDetails';
import { appFunction } from '../appFunction';

/** App function `kpi-details`: how one KPI of a scorecard was calculated, with the records behind it. */
export const main = appFunction(kpiDetails);
