// Fact kinds of the functions area (issue 4). Each kind's sentence lives in src/render/wording/functions.ts.
// biome-ignore lint/suspicious/noEmptyInterface: the functions detectors add their kinds here
export interface FunctionsFactValues {}
