import { importManualScores } from '../../src/handlers/importManualScores';
import { appFunction } from '../appFunction';

/** App function `import-manual-scores`: an admin's CSV of manual scores, with a report per row. */
export const main = appFunction(importManualScores);
