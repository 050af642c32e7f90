import { frozenForecasts } from '../../src/handlers/frozenForecasts';
import { appFunction } from '../appFunction';

/** App function `frozen-forecasts`: the forecasts frozen at period start (none without a backend). */
export const main = appFunction(frozenForecasts);
