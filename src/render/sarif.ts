// The SARIF 2.1.0 envelope shared by `lint` and `gaps` (one run, one tool driver with its rules), so both
// commands write the same shape to GitHub code scanning. Each command builds its own rules and results.

export interface SarifRun {
  tool: { name: string; version: string };
  /** Where the rules are explained. */
  informationUri: string;
  rules: readonly object[];
  results: readonly object[];
  /** Further run properties (versionControlProvenance, originalUriBaseIds). */
  extra?: Record<string, unknown>;
}

export function sarifLog(run: SarifRun): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: run.tool.name,
            version: run.tool.version,
            informationUri: run.informationUri,
            rules: run.rules,
          },
        },
        ...run.extra,
        results: run.results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
