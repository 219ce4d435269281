// Sentences for the maintainers' declared answers (kinds in src/evidence/kinds/declared.ts). The draft marks
// every declared fact "(declared by the maintainers, not observed)"; a contradiction with the files is said.
import type { DeclaredFactValues } from '../../evidence/kinds/declared.js';
import type { WordingTable } from './types.js';

export const DECLARED_WORDING: WordingTable<keyof DeclaredFactValues> = {
  'declared.answer': (f) => {
    const v = f.value;
    const count = typeof v.value === 'number' && v.value > 1 ? ` (${v.value})` : '';
    const because = v.justification ? `: ${v.justification.replace(/[.\s]+$/, '')}` : '';
    const contra = v.contradiction
      ? `; the files show otherwise: ${v.contradiction.replace(/[.\s]+$/, '')}`
      : '';
    return `The maintainers declare that ${v.statement}${count}${because}${contra}.`;
  },
};
