import { enterForecast } from '../../src/handlers/enterForecast';
import { appFunction } from '../appFunction';

/** App function `enter-forecast`: an admin enters a forecast made at period start (kept only with a backend). */
export const main = appFunction(enterForecast);
