import { manualScoreSheet } from '../../src/handlers/manualScoreSheet';
import { appFunction } from '../appFunction';

/** App function `manual-score-sheet`: the scores an owner's template asks for, with their history. */
export const main = appFunction(manualScoreSheet);
