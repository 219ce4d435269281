// Every detector, in one explicit sorted list (no directory scanning): a test checks that each file under
// src/detectors/<section>/ is registered here and that its id matches its file name.
import { adoptersDetector } from './appendix/adopters.js';
import { badgesDetector } from './appendix/badges.js';
import { knownVulnerabilitiesDetector } from './appendix/known-vulnerabilities.js';
import { relatedProjectsDetector } from './appendix/related-projects.js';
import { securityAuditsDetector } from './appendix/security-audits.js';
import { securityLabelDetector } from './appendix/security-label.js';
import { communicationChannelsDetector } from './channels/communication-channels.js';
import { complianceClaimsDetector } from './compliance/compliance-claims.js';
import type { Detector } from './detector.js';
import { disclosureTermsDetector } from './disclosure/disclosure-terms.js';
import { fixProcessDetector } from './disclosure/fix-process.js';
import { incidentResponseDetector } from './disclosure/incident-response.js';
import { reportContentsDetector } from './disclosure/report-contents.js';
import { reportingChannelsDetector } from './disclosure/reporting-channels.js';
import { respondersDetector } from './disclosure/responders.js';
import { responseTimesDetector } from './disclosure/response-times.js';
import { securityPolicyDetector } from './disclosure/security-policy.js';
import { severityDetector } from './disclosure/severity.js';
import { adopterCountDetector } from './ecosystem/adopter-count.js';
import { cncfStatusDetector } from './ecosystem/cncf-status.js';
import { helmChartsDetector } from './ecosystem/helm-charts.js';
import { integrationsDetector } from './ecosystem/integrations.js';
import { namedProjectsDetector } from './ecosystem/named-projects.js';
import { cryptoInventoryDetector } from './functions/crypto-inventory.js';
import { securityCapabilitiesDetector } from './functions/security-capabilities.js';
import { threatModelDetector } from './functions/threat-model.js';
import { dependencyManifestsDetector } from './metadata/dependency-manifests.js';
import { languagesDetector } from './metadata/languages.js';
import { licenseDetector } from './metadata/license.js';
import { projectNameDetector } from './metadata/project-name.js';
import { securityInsightsLinksDetector } from './metadata/security-insights-links.js';
import { securityLinksDetector } from './metadata/security-links.js';
import { softwareUrlDetector } from './metadata/software-url.js';
import { backgroundDetector } from './overview/background.js';
import { binariesDetector } from './overview/binaries.js';
import { componentCommunicationDetector } from './overview/component-communication.js';
import { customResourcesDetector } from './overview/custom-resources.js';
import { documentedComponentsDetector } from './overview/documented-components.js';
import { flowDocsDetector } from './overview/flow-docs.js';
import { goalsDetector } from './overview/goals.js';
import { kubernetesWorkloadsDetector } from './overview/kubernetes-workloads.js';
import { projectDescriptionDetector } from './overview/project-description.js';
import { ciHygieneDetector } from './pipeline/ci-hygiene.js';
import { ciSystemsDetector } from './pipeline/ci-systems.js';
import { claDetector } from './pipeline/cla.js';
import { clientHooksDetector } from './pipeline/client-hooks.js';
import { codeReviewDetector } from './pipeline/code-review.js';
import { commitHistoryDetector } from './pipeline/commit-history.js';
import { dcoDetector } from './pipeline/dco.js';
import { releaseArtifactsDetector } from './pipeline/release-artifacts.js';
import { releaseProcessDetector } from './pipeline/release-process.js';
import { securityToolsDetector } from './pipeline/security-tools.js';
import { testKindsDetector } from './pipeline/test-kinds.js';

export const DETECTORS: readonly Detector[] = [
  // metadata
  projectNameDetector,
  softwareUrlDetector,
  languagesDetector,
  dependencyManifestsDetector,
  licenseDetector,
  securityLinksDetector,
  securityInsightsLinksDetector,
  // overview
  projectDescriptionDetector,
  backgroundDetector,
  documentedComponentsDetector,
  binariesDetector,
  kubernetesWorkloadsDetector,
  customResourcesDetector,
  componentCommunicationDetector,
  flowDocsDetector,
  goalsDetector,
  // secure development practices
  commitHistoryDetector,
  dcoDetector,
  claDetector,
  codeReviewDetector,
  clientHooksDetector,
  ciSystemsDetector,
  testKindsDetector,
  securityToolsDetector,
  releaseArtifactsDetector,
  releaseProcessDetector,
  ciHygieneDetector,
  // security functions and features, project compliance
  securityCapabilitiesDetector,
  cryptoInventoryDetector,
  threatModelDetector,
  complianceClaimsDetector,
  // communication channels
  communicationChannelsDetector,
  // ecosystem
  cncfStatusDetector,
  adopterCountDetector,
  namedProjectsDetector,
  integrationsDetector,
  helmChartsDetector,
  // security issue resolution
  securityPolicyDetector,
  reportingChannelsDetector,
  reportContentsDetector,
  disclosureTermsDetector,
  respondersDetector,
  responseTimesDetector,
  severityDetector,
  fixProcessDetector,
  incidentResponseDetector,
  // appendix
  knownVulnerabilitiesDetector,
  securityAuditsDetector,
  securityLabelDetector,
  badgesDetector,
  adoptersDetector,
  relatedProjectsDetector,
];
