// Fact kinds of the maintainers' answers file (.selfassess.yml): what the repository cannot show, declared
// with a justification. Such facts carry confidence 'declared' and cite the answers file's line. Each kind
// needs a sentence in src/render/wording/declared.ts. Declared channels become `channels.channel` facts.

export type DeclaredFactValues = {
  'declared.answer': {
    /** The key in the answers file (src/catalogue/answers.ts). */
    key: string;
    /** true/false, or a count (required reviews). */
    value: boolean | number;
    /** The clause the value declares ("the primary branch is protected ..."). */
    statement: string;
    justification: string;
    /** The observed evidence says otherwise: what it shows. The observed fact wins in evaluation. */
    contradiction?: string;
  };
};
