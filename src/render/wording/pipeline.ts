// Sentences for the development pipeline's facts (kinds in src/evidence/kinds/pipeline.ts).
import type { PipelineFactValues } from '../../evidence/kinds/pipeline.js';
import type { WordingTable } from './types.js';

export const PIPELINE_WORDING: WordingTable<keyof PipelineFactValues> = {};
