// Security functions and features: the threat model the project points to. The template's critical
// components are the ones a threat model rests on, so a reader of this section needs the link. From the
// Security Insights file (v1 `security-artifacts.threat-model.evidence-url`, v2 `...threat-model` entries)
// or a threat-model document in the repository.
import { SECURITY_INSIGHTS_FILES } from '../../catalogue/security-insights.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { allScalars, get, rootMap, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-functions-and-features' as const;
const THREAT_MODEL_DOCS = [
  '**/{threat-model,threat_model,threatmodel,THREAT_MODEL,THREAT-MODEL,threat-modeling,threat_modeling}*.{md,mdx,rst,adoc,pdf}',
  '**/threat-model/**/*.{md,pdf}',
];
const NOT_OURS = /(?:^|\/)(?:vendor|node_modules|third_party|third-party|testdata)\//;
const WEB_URL = /^https?:\/\/[^\s<>"']{1,500}$/i;

export const threatModelDetector = defineDetector({
  id: 'threat-model',
  section: SECTION,
  reads: [...SECURITY_INSIGHTS_FILES, ...THREAT_MODEL_DOCS],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    for (const path of SECURITY_INSIGHTS_FILES) {
      if (!snapshot.has(path)) continue;
      const parsed = yamlOf(snapshot, path);
      // A broken file is reported by the Security Insights links detector.
      if (!parsed?.ok) continue;
      const root = rootMap(parsed.file);
      const v1 = get(get(root, 'security-artifacts'), 'threat-model');
      const v2 = get(get(get(root, 'repository'), 'security'), 'assessments');
      for (const node of [v1, v2]) {
        if (!node) continue;
        const url = allScalars(node, 2_000).find(
          (s) => WEB_URL.test(s.text.trim()) && /threat/i.test(s.text),
        );
        const any =
          url ?? (node === v1 ? allScalars(node, 2_000).find((s) => WEB_URL.test(s.text.trim())) : undefined);
        if (any) {
          facts.push(
            fact(
              'functions.threat-model',
              SECTION,
              { url: any.text.trim() },
              [snapshot.ref(path, any.line)],
              'stated',
            ),
          );
          return { facts, unknowns: [] };
        }
      }
    }
    const doc = snapshot.glob(THREAT_MODEL_DOCS, { nocase: true }).find((f) => !NOT_OURS.test(f.path));
    if (doc)
      facts.push(
        fact('functions.threat-model', SECTION, { path: doc.path }, [snapshot.ref(doc.path)], 'stated'),
      );
    return { facts, unknowns: [] };
  },
});
