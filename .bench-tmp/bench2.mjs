import { readFileSync } from 'node:fs';
import { mergeDraft } from './merge.js';

const ex = readFileSync('/work/shared/reference/antrea-draft-example.md', 'utf8');
let s = '';
while (s.length < 1_000_000)
  s +=
    ex +
    '\n```\nreference: x\n```\n\n<!-- selfassess:begin x sha256=abc -->\n| a | b |\n|---|---|\n| <https://x> | y |\n\nreference: y\ntodo: z\n<!-- selfassess:end x -->\n* a\n  reference: q\n\n';
const t = performance.now();
mergeDraft(s, { allowTodo: true });
console.log(performance.now() - t, globalThis.__parsed, globalThis.__calls);
