import { mergeDraft } from './merge.js';
for (const n of [500, 2000, 8000]) {
  for (const [name, s] of [['quote', '> '.repeat(n) + '```\nreference: x\n'], ['list', Array.from({length: Math.min(n, 3000)}, (_, i) => ' '.repeat(i * 2) + '* <b>a</b>').join('\n') + '\nreference: x\n'], ['mixed', '> * '.repeat(n) + '<b>\nreference: x\n']]) {
    const t = performance.now();
    const r = mergeDraft(s, { allowTodo: true });
    console.log(name, n, s.length, (performance.now() - t).toFixed(0), 'ms', r.removed.references);
  }
}
