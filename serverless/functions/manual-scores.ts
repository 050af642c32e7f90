import { recordManualScore } from '../../src/handlers/recordManualScore';
import { appFunction } from '../appFunction';

/** App function `manual-scores`: enters or corrects a manual or 360 score (kept only with a backend). */
export const main = appFunction(recordManualScore);
