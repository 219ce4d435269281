// Every detector, in one explicit sorted list (no directory scanning): a test checks that each file under
// src/detectors/<section>/ is registered here and that its id matches its file name.
import type { Detector } from './detector.js';
import { securityPolicyDetector } from './disclosure/security-policy.js';
import { languagesDetector } from './metadata/languages.js';
import { licenseDetector } from './metadata/license.js';
import { projectNameDetector } from './metadata/project-name.js';
import { securityLinksDetector } from './metadata/security-links.js';
import { softwareUrlDetector } from './metadata/software-url.js';
import { commitHistoryDetector } from './pipeline/commit-history.js';

export const DETECTORS: readonly Detector[] = [
  // metadata
  projectNameDetector,
  softwareUrlDetector,
  languagesDetector,
  licenseDetector,
  securityLinksDetector,
  // secure development practices
  commitHistoryDetector,
  // security issue resolution
  securityPolicyDetector,
];
