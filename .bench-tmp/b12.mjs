import { fromMarkdown } from 'mdast-util-from-markdown';
const p = (s) => { const t = fromMarkdown(s); console.log(JSON.stringify(s), t.children.map(c => `${c.type}:${c.position.start.line}-${c.position.end.line}`).join(' ')); };
for (const first of ['<!-->', '<!--->', '<!---->', '<?>', '<??>', '<!X>', '<!X', '<![CDATA[]]>', '<![CDATA[]>', '<pre></pre>', '<pre>', '<script>x</script>', '<textarea></textarea>', '<!-- a -- b -->', '<!-- x --', '<STYLE>a</style>']) p(first + '\nnext\n\nafter\n');
