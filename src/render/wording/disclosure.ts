// Sentences for security issue resolution and appendix facts (kinds in src/evidence/kinds/disclosure.ts).
import type { DisclosureFactValues } from '../../evidence/kinds/disclosure.js';
import type { WordingTable } from './types.js';

export const DISCLOSURE_WORDING: WordingTable<keyof DisclosureFactValues> = {};
