// Every lint rule, in one explicit list in report order (no directory scanning): a test checks that each
// file under src/lint/rules/ is registered here and that its id matches its file name.
import type { LintRule } from '../types.js';
import { documentTooLarge } from './document-too-large.js';
import { draftLineInFinal } from './draft-line-in-final.js';
import { driftMissingEvidence } from './drift-missing-evidence.js';
import { driftOmittedEvidence } from './drift-omitted-evidence.js';
import { emptySection } from './empty-section.js';
import { metadataLanguages } from './metadata-languages.js';
import { metadataSbom } from './metadata-sbom.js';
import { metadataSecurityProvider } from './metadata-security-provider.js';
import { metadataSoftwareLink } from './metadata-software-link.js';
import { metadataStage } from './metadata-stage.js';
import { metadataTable } from './metadata-table.js';
import { missingSection } from './missing-section.js';
import { repoBrokenLink } from './repo-broken-link.js';
import { sectionOrder } from './section-order.js';
import { securityLinksMissing } from './security-links-missing.js';
import { templateLeftover } from './template-leftover.js';
import { tocBrokenAnchor } from './toc-broken-anchor.js';

export const RULES: readonly LintRule[] = [
  // structure
  missingSection,
  sectionOrder,
  emptySection,
  tocBrokenAnchor,
  documentTooLarge,
  // leftovers
  templateLeftover,
  draftLineInFinal,
  // metadata
  metadataTable,
  metadataStage,
  metadataSoftwareLink,
  metadataSecurityProvider,
  metadataLanguages,
  metadataSbom,
  securityLinksMissing,
  // repository (--repo)
  repoBrokenLink,
  driftMissingEvidence,
  driftOmittedEvidence,
];
