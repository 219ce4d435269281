// Sentences for the functions area's fact kinds (src/evidence/kinds/functions.ts).
import type { FunctionsFactValues } from '../../evidence/kinds/functions.js';
import type { WordingTable } from './types.js';

export const FUNCTIONS_WORDING: WordingTable<keyof FunctionsFactValues> = {};
