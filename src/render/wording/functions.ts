// Sentences for the security functions and project compliance fact kinds (src/evidence/kinds/functions.ts).
// Capabilities read "<label> (<document or feature title>): <the project's words, shortened>."
import type {
  ComplianceClaimFact,
  CryptoParameterFact,
  FunctionsFactValues,
  SecurityCapabilityFact,
} from '../../evidence/kinds/functions.js';
import type { WordingTable } from './types.js';

export const FUNCTIONS_WORDING: WordingTable<keyof FunctionsFactValues> = {
  'functions.capability': (f) => capabilitySentence(f.value),
  'functions.crypto-parameter': (f) => cryptoSentence(f.value),
  'functions.threat-model': (f) =>
    `A threat model is published${f.value.url ? ` at ${f.value.url}` : f.value.path ? ` in ${f.value.path}` : ''}; use it to check which components above are critical.`,
  'compliance.claim': (f) => complianceSentence(f.value),
};

function capabilitySentence(v: SecurityCapabilityFact): string {
  const title = v.title ? ` (${v.title})` : '';
  return `${v.label}${title}: ${endSentence(v.summary)}`;
}

function cryptoSentence(v: CryptoParameterFact): string {
  const where = v.paths.length > 1 ? ` (also in ${v.paths.slice(1).join(', ')})` : '';
  return `${v.family}: ${v.algorithm}, in ${v.paths[0] ?? 'the source'}${where}.`;
}

function complianceSentence(v: ComplianceClaimFact): string {
  const name = v.level ? `${v.name} ${v.level}` : v.name;
  if (v.badge) return `${name}: the README shows a ${name} badge.`;
  return `${name}: ${endSentence(v.summary)}`;
}

function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
