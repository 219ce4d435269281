const t0 = performance.now();
const { mergeDraft } = await import('./merge.js');
const t1 = performance.now();
mergeDraft('```\nreference: x\n```\n', { allowTodo: true });
const t2 = performance.now();
mergeDraft('```\nreference: y\n```\n', { allowTodo: true });
const t3 = performance.now();
console.log('import', (t1 - t0).toFixed(0), 'first', (t2 - t1).toFixed(1), 'second', (t3 - t2).toFixed(1));
