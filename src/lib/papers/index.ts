// Public face of the papers' tables: data, lookups and the cell formatter.
export type * from './types';
export type { NumberMarks, RowSpec } from './cells';
export { buildRows, fail, MISSING, num, text } from './cells';
export type { CellParts } from './format';
export { FAIL_TEXT, formatBlocks, formatCell, formatCellParts, MISSING_TEXT } from './format';
export type { BlockKind, ImageNetResNet, ImageNetStage, P1Depth } from './p1-architecture';
export {
  P1_ARCHITECTURES,
  P1_BLOCK_LAYERS,
  P1_HEAD,
  P1_STAGES,
  P1_STEM,
  P1_TABLE_1,
  p1Architecture,
} from './p1-architecture';
export { P1_FLOPS, P1_TABLE_2, P1_TABLE_3, P1_TABLE_4, P1_TABLE_5, P1_TABLE_6 } from './p1-tables';
export type { P2Table4Baseline, P2Table4Net } from './p2-tables';
export {
  P2_TABLE_1,
  P2_TABLE_2,
  P2_TABLE_3,
  P2_TABLE_4,
  P2_TABLE_4_BASELINES,
  P2_TABLE_4_NETS,
  P2_TABLE_4_PARAMS_COLUMN,
  P2_TABLE_5,
} from './p2-tables';
export {
  assertRowKeys,
  isPaperTableId,
  p2Table1Row,
  PAPER_TABLE_IDS,
  PAPER_TABLES,
  paperTable,
  selectRows,
  tableCell,
  tableNumber,
  tableRow,
} from './lookup';
