import { teamScorecards } from '../../src/handlers/teamScorecards';
import { appFunction } from '../appFunction';

/** App function `team-scorecards`: the team side by side (the app page's Team tab). */
export const main = appFunction(teamScorecards);
