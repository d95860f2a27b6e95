// Facts as the engine states them, with values from the sample reports (test/fixtures/expected/*.json).
import type { Fact } from '../../../src/answers/types.js';

const LONGGANG = '深圳市龙岗区人民政府';
const NANSHAN = '深圳市南山区人民政府';
const LONGGANG_FILE = 'data/reports/longgang-district-2022.txt';
const NANSHAN_FILE = 'data/reports/nanshan-district-2020.txt';

function fact(
  org: string,
  year: number,
  metric: string,
  label: string,
  value: number,
  unit: string,
  file: string,
  table: string,
  row: string,
  column: string,
): Fact {
  return { org, year, metric, label, value, unit, source: { file, table, row, column } };
}

export const longgangReceived = fact(
  LONGGANG,
  2022,
  'applications.newReceived.total',
  '收到政府信息公开申请',
  552,
  '件',
  LONGGANG_FILE,
  '三',
  '本年新收政府信息公开申请数量',
  '总计',
);
export const longgangReceivedNatural = fact(
  LONGGANG,
  2022,
  'applications.newReceived.natural',
  '自然人申请',
  489,
  '件',
  LONGGANG_FILE,
  '三',
  '本年新收政府信息公开申请数量',
  '自然人',
);
export const nanshanLicensing = fact(
  NANSHAN,
  2020,
  'activeDisclosure.licensing.decisions',
  '行政许可处理决定',
  8759,
  '件',
  NANSHAN_FILE,
  '二',
  '行政许可',
  '处理决定数量',
);
export const nanshanProcurement = fact(
  NANSHAN,
  2020,
  'activeDisclosure.procurement.amountYuan',
  '政府集中采购金额',
  1708154000,
  '元',
  NANSHAN_FILE,
  '二',
  '政府集中采购',
  '采购总金额',
);
export const nanshanReview = fact(
  NANSHAN,
  2020,
  'reviewLitigation.review.total',
  '行政复议',
  5,
  '件',
  NANSHAN_FILE,
  '四',
  '行政复议',
  '总计',
);
export const nanshanLitigation = fact(
  NANSHAN,
  2020,
  'reviewLitigation.litigation.total',
  '行政诉讼',
  4,
  '件',
  NANSHAN_FILE,
  '四',
  '行政诉讼',
  '总计',
);
export const longgangFees = fact(
  LONGGANG,
  2022,
  'activeDisclosure.fees.amountYuan',
  '行政事业性收费金额',
  22293.4,
  '元',
  LONGGANG_FILE,
  '二',
  '行政事业性收费',
  '本年收费金额',
);

export const LONGGANG_RECEIVED_TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（来源：表三“本年新收政府信息公开申请数量”总计，data/reports/longgang-district-2022.txt）';
