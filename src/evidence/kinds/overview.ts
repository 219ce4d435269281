// Fact kinds of the overview area (issue 4). Each kind's sentence lives in src/render/wording/overview.ts.
// biome-ignore lint/suspicious/noEmptyInterface: the overview detectors add their kinds here
export interface OverviewFactValues {}
