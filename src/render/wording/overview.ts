// Sentences for the overview area's fact kinds (src/evidence/kinds/overview.ts).
import type { OverviewFactValues } from '../../evidence/kinds/overview.js';
import type { WordingTable } from './types.js';

export const OVERVIEW_WORDING: WordingTable<keyof OverviewFactValues> = {};
