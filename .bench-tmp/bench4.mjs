import { toolDraft } from './gen.mjs';
import { mergeDraft } from './merge.js';

const s = toolDraft(1_000_000);
for (let i = 0; i < 3; i++) {
  globalThis.__parsed = 0;
  globalThis.__calls = 0;
  const t = performance.now();
  const r = mergeDraft(s, { allowTodo: true });
  console.log(
    s.length,
    (performance.now() - t).toFixed(0),
    'ms parsed',
    globalThis.__parsed,
    globalThis.__calls,
    r.removed,
  );
}
const withCode = s.replace(
  /(### Links \d+)/g,
  '$1\n\n```yaml\nreference: kept\n```\n\n    reference: kept too\n\n- item\n\n      reference: indented code in item\n',
);
for (let i = 0; i < 3; i++) {
  globalThis.__parsed = 0;
  globalThis.__calls = 0;
  const t = performance.now();
  const r = mergeDraft(withCode, { allowTodo: true });
  console.log(
    withCode.length,
    (performance.now() - t).toFixed(0),
    'ms parsed',
    globalThis.__parsed,
    globalThis.__calls,
    r.removed,
  );
}
