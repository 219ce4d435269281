// The shape of a wording table: one sentence-maker per fact kind of an area.
import type { Fact, FactKind } from '../../evidence/model.js';

export type WordingTable<K extends FactKind> = { [P in K]: (f: Fact<P>) => string };
