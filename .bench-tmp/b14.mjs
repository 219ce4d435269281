import { mergeDraft } from './merge.js';
import { megabyteDraft } from './mb.mjs';
const d = megabyteDraft();
const t = performance.now();
const r = mergeDraft(d, { allowTodo: true });
console.log((performance.now() - t).toFixed(0), globalThis.__parsed, globalThis.__calls, globalThis.__gfm);
