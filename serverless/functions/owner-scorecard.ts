import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { appFunction } from '../appFunction';

/** App function `owner-scorecard`: an owner's scorecard (the record tab and the app page's My scorecard). */
export const main = appFunction(ownerScorecard);
