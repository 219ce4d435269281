// The machine-readable report: the snapshot's identity, every fact (with its statement) and every unknown.
// Its shape is published as schema/report.v1.json; a test validates output against it.
import type { CollectedEvidence } from '../evidence/collect.js';
import { statementOf } from './wording.js';

export const REPORT_SCHEMA_ID = 'https://github.com/selfassess/selfassess/schema/report.v1.json';
export const REPORT_VERSION = 1;

export interface ToolInfo {
  name: string;
  version: string;
}

export function renderJson(evidence: CollectedEvidence, tool: ToolInfo): string {
  const report = {
    $schema: REPORT_SCHEMA_ID,
    reportVersion: REPORT_VERSION,
    tool,
    snapshot: evidence.snapshot,
    facts: evidence.facts.map((f) => ({
      id: f.id,
      kind: f.kind,
      section: f.section,
      statement: statementOf(f),
      value: f.value,
      confidence: f.confidence,
      refs: f.refs,
    })),
    unknowns: evidence.unknowns,
    leads: evidence.leads,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
