import { readFileSync } from 'node:fs';
import { mergeDraft } from './merge.js';

const ex = readFileSync('/work/shared/reference/antrea-draft-example.md', 'utf8');
let s = '';
while (s.length < 1_000_000)
  s +=
    ex +
    '\n```\nreference: x\n```\n\n<!-- selfassess:begin x sha256=abc -->\n| a | b |\n|---|---|\n| <https://x> | y |\n\nreference: y\ntodo: z\n<!-- selfassess:end x -->\n* a\n  reference: q\n\n';
for (let i = 0; i < 5; i++) mergeDraft(s, { allowTodo: true });
