import { mergeDraft } from './merge.js';
import { toolDraft } from './gen.mjs';
const s = toolDraft(3000).replace(/(### Links \d+)/g, '$1\n\n```yaml\nreference: kept\n```\n\n    reference: kept too\n\n- item\n\n      reference: indented code in item\n');
const orig = globalThis.__dbg = [];
globalThis.__parsed = 0;
mergeDraft(s, { allowTodo: true });
console.log(globalThis.__parsed);
