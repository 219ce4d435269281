// Sentences for the ecosystem area's fact kinds (src/evidence/kinds/ecosystem.ts).
import type { EcosystemFactValues } from '../../evidence/kinds/ecosystem.js';
import type { WordingTable } from './types.js';

export const ECOSYSTEM_WORDING: WordingTable<keyof EcosystemFactValues> = {};
