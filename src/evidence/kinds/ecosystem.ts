// Fact kinds of the ecosystem area (issue 4). Each kind's sentence lives in src/render/wording/ecosystem.ts.
// biome-ignore lint/suspicious/noEmptyInterface: the ecosystem detectors add their kinds here
export interface EcosystemFactValues {}
