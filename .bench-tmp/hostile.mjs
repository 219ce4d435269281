import { mergeDraft } from './merge.js';
const cases = {
  bigList: '* <b>x</b> item\n  reference: y\n'.repeat(30000),
  bigQuote: '> <b>x</b> item\n> reference: y\nreference: z\n'.repeat(20000),
  fences: '```\n\nreference: x\n\n'.repeat(50000),
  divs: '<div>\nreference: x\n## h\n'.repeat(50000),
  comments: '<!--\n\nreference: x\n\n'.repeat(50000),
  nested: '> '.repeat(20000) + '```\nreference: x\n',
  nul: '\0reference: x\nreference: \0\n'.repeat(50000),
  cr: 'a\rreference: x\r'.repeat(100000),
};
for (const [name, s] of Object.entries(cases)) {
  const t = performance.now();
  try { const r = mergeDraft(s, { allowTodo: true }); console.log(name, s.length, (performance.now() - t).toFixed(0), 'ms', r.removed); }
  catch (e) { console.log(name, 'THREW', e.message); }
}
