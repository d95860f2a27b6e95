// A fact as the engine states it, with its value from a sample report (test/fixtures/expected/*.json).
import type { Fact } from '../../../src/answers/types.js';

export const longgangReceived: Fact = {
  org: '深圳市龙岗区人民政府',
  year: 2022,
  metric: 'applications.newReceived.total',
  label: '收到政府信息公开申请',
  value: 552,
  unit: '件',
  source: {
    file: 'data/reports/longgang-district-2022.txt',
    table: '三',
    row: '本年新收政府信息公开申请数量',
    column: '总计',
  },
};

export const LONGGANG_RECEIVED_TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';
