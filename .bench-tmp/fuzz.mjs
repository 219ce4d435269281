import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { mergeDraft } from './merge.js';
function oracle(draft, allowTodo) {
  const lines = draft.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const code = new Set();
  const stack = [fromMarkdown(draft, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      const { start, end } = node.position;
      const last = end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
      if (node.type === 'html' && last === start.line) continue;
      for (let line = start.line; line <= last; line++) code.add(line);
    } else if (node.children) stack.push(...node.children);
  }
  const removed = { references: 0, todos: 0, markers: 0 };
  const remainingTodos = [];
  const kept = [];
  let lastRemoved = false;
  lines.forEach((line, index) => {
    const content = line.replace(/[\r\n]+$/, '');
    let remove = false;
    if (!code.has(index + 1)) {
      if (/^[ \t]*reference:/.test(content)) { remove = true; removed.references++; }
      else if (/^[ \t]*<!--[ \t]*selfassess:(?:(?!-->).)*-->[ \t]*$/s.test(content)) { remove = true; removed.markers++; }
      else if (/^[ \t]*todo:/.test(content)) { remainingTodos.push({ line: index + 1, text: content.trim() }); if (allowTodo) { remove = true; removed.todos++; } }
    }
    if (!remove) kept.push(line);
    lastRemoved = remove;
  });
  if (lastRemoved && !/[\r\n]$/.test(draft) && kept.length > 0) kept.push(kept.pop().replace(/(?:\r\n|\r|\n)$/, ''));
  return { text: kept.join(''), remainingTodos, removed };
}
const frags = ['', '   ', '    ', '\t', '  \t', 'text', 'more text', 'reference: r', '  reference: r2', '   reference: r3', '    reference: r4', '      reference: r6', '        reference: r8', '\treference: rt', 'todo: t', '    todo: t4', '<!-- selfassess:begin b sha256=0 -->', '  <!-- selfassess:end b -->', '    <!-- selfassess:x -->',
 '```', '```js', '````', '  ```', '   ```', '    ```', '```a`b', '~~~', '~~~~ info', '    ~~~', '* item', '- item', '+ item', '1. item', '1) item', '  * nested', '    * deep', '  1. n', '*', '-', '*     code-in-item', '> quote', '> ```', '>     code', '> > q', '>', '* ```', '  > q', '# Heading', '## H', '#nospace', '===', '---', '***', '___', '| a | b |', '|---|---|', 'a | b', '-|-', ':-:', '-:', '| x', '[^1]: note', '  [^2]: n', '[^a]:', '[a]: /url', '[b]:', 'http://x', '"title"', '<!--', '-->', 'x -->', '<!-- closed -->', '<!-->', '<div>', '</div>', '  <div>', '<pre>', '</pre>', '<script>', '</script>', '<textarea>', '<?php', '?>', '<!DOCTYPE', '>', '<![CDATA[', ']]>', '<span>', '<b>inline</b> text', '<https://x>', '\uFEFF```', 'a\0b', '\0reference: z', '- [ ] task', '  reference: a | b', 'todo: x | y', '  - item', '   > q', '10. x', '    1. x', '* * *', '- - -', '   <!--', '\t```', ' \t```', '```  ', '~~~`', '`````', '<!---->', '<?x?>', '<del>', '</del>', '<del>x', '<table>', '   <pre>', '> <div>', '* <div>', '  <!--', 'Setext', '  ===', '[^1]:    code', '    [^1]: x', '* [^1]: x', '-    ', '*\ttab item', '1.\tx', '\t\treference: tt', ' \treference: st', '> reference: q', '>reference', '- reference: in item', '  - reference: nested item', 'reference', 'todo', '  todo: t2', '     todo: t5', '  <!-- selfassess:y -->', '<!-- selfassess:a --><!-- b -->', '## <!-- selfassess:h -->', '    <div>', '      <!--', '  ~~~', '> > ```', '>> x', '  > ```', '1. ```', '   * ```'];
const rnd = fc.stringMatching(/^[ \t>*\-+#|:`~<!\[\]^a-z0-9.=]{0,12}$/);
const eol = fc.constantFrom('\n', '\r\n', '\r');
let fails = 0;
fc.assert(fc.property(fc.array(fc.oneof({ arbitrary: fc.constantFrom(...frags), weight: 5 }, { arbitrary: rnd, weight: 1 }), { maxLength: 80 }), eol, fc.boolean(), fc.boolean(), (lines, e, fin, allow) => {
  const draft = lines.join(e) + (fin && lines.length ? e : '');
  const got = mergeDraft(draft, { allowTodo: allow });
  const want = oracle(draft, allow);
  if (JSON.stringify(got) !== JSON.stringify(want)) { throw new Error('mismatch\n' + JSON.stringify(draft) + '\ngot ' + JSON.stringify(got.text) + '\nwant ' + JSON.stringify(want.text)); }
}), { numRuns: Number(process.argv[2] ?? 20000), seed: Number(process.argv[3] ?? Date.now() % 100000) });
console.log('ok');
