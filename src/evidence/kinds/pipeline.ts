// Fact kinds of the development pipeline (template: Secure development practices › Development Pipeline).
// Each kind needs a sentence in src/render/wording/pipeline.ts.

// biome-ignore lint/complexity/noBannedTypes: filled by the pipeline detectors.
export type PipelineFactValues = {};
