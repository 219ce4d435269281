export function megabyteDraft() {
  const parts = ['# Self-assessment for Example\n\n<!-- selfassess:draft v1 generated 2026-11-25 -->\n\n'];
  let length = 0;
  for (let n = 1; length < 1_000_000; n++) {
    const section = [
      `## Section ${n}`,
      '',
      `<!-- selfassess:begin section-${n} sha256=3f2a9c0d1e4b -->`,
      '| | |',
      '| -- | -- |',
      `| Software | <https://github.com/example/example> |`,
      '',
      `reference: https://github.com/example/example/blob/0123456789ab/go.mod#L${n}`,
      'todo: Security Provider: write Yes or No.',
      `<!-- selfassess:end section-${n} -->`,
      '',
      `### Links ${n}`,
      `<!-- selfassess:begin links-${n} sha256=abcdef012345 -->`,
      '* Security policy: [SECURITY.md](https://github.com/example/example/blob/main/SECURITY.md)',
      `  reference: https://github.com/example/example/blob/0123456789ab/SECURITY.md#L${n}`,
      '  * Nested detail',
      `    reference: CONTRIBUTING.md:${n}`,
      `<!-- selfassess:end links-${n} -->`,
      '',
      ...(n % 5 === 0
        ? ['```yaml', 'reference: kept', '```', '', '<details>', 'reference: kept', '</details>', '']
        : []),
      'Human prose with a <https://example.com> link, *emphasis* and `code`.',
      '',
      '',
    ].join('\n');
    parts.push(section);
    length += section.length;
  }
  return parts.join('');
}

