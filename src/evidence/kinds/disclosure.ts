// Fact kinds of security issue resolution and the appendix (template: Security issue resolution, Appendix).
// Each kind needs a sentence in src/render/wording/disclosure.ts.

// biome-ignore lint/complexity/noBannedTypes: filled by the disclosure and appendix detectors.
export type DisclosureFactValues = {};
