// Issue 13, class 2: a level of organs is applied exactly or not understood — never widened. 区 is a district
// (not a county, a city or a department), 县 a county proper, 区县/县级 the whole county tier; 区级部门 are the
// departments of districts (never a district government); 市本级 every organ of the city tier. A ranking compares
// only organs of that level; a figure of a level lists or sums its organs, never answers with one organ's number.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const REVIEW = 'reviewLitigation.review.total';

describe('question → level', () => {
  table.run([
    [
      '区级部门2020年收到多少申请',
      { level: 'districtDepartment', years: [2020], metric: RECEIVED, aggregation: 'top' },
    ],
    [
      '2020年区级部门收到的申请一共多少',
      { level: 'districtDepartment', years: [2020], metric: RECEIVED, aggregation: 'sum' },
    ],
    ['区属部门里哪个行政诉讼最多', { level: 'districtDepartment', metric: LITIGATION, aggregation: 'max' }],
    ['区政府部门收到申请排名', { level: 'districtDepartment', metric: RECEIVED, aggregation: 'top' }],
    ['区级的部门哪个收到申请最少', { level: 'districtDepartment', metric: RECEIVED, aggregation: 'min' }],
    [
      // Its two departments hold different latest years (2020, 2021): each one's latest figure.
      '龙岗区区级部门收到多少申请',
      { organs: [LONGGANG_DRC, LONGGANG_DATA], metric: RECEIVED },
    ],
    ['哪个区政府行政复议最少', { level: 'district', metric: REVIEW, aggregation: 'min' }],
    ['各区政府2024年行政诉讼排名', { level: 'district', years: [2024], metric: LITIGATION, aggregation: 'top' }],
    ['区人民政府中哪个收到申请最多', { level: 'district', metric: RECEIVED, aggregation: 'max' }],
    ['哪个县政府收到申请最多', { level: 'countyProper', metric: RECEIVED, aggregation: 'max' }],
    ['县级政府行政诉讼排名', { level: 'county', metric: LITIGATION, aggregation: 'top' }],
    ['区县级政府哪个行政复议最多', { level: 'county', metric: REVIEW, aggregation: 'max' }],
    ['县级部门收到申请排名', { level: 'countyDepartment', metric: RECEIVED, aggregation: 'top' }],
    ['市本级收到多少申请', { level: 'cityLevel', metric: RECEIVED, aggregation: 'top' }],
    ['市政府一级行政复议多少', { level: 'city', metric: REVIEW, aggregation: 'top' }],
    ['市属部门收到申请最多的是哪个', { level: 'cityDepartment', metric: RECEIVED, aggregation: 'max' }],
    ['市直部门行政诉讼排名', { level: 'cityDepartment', metric: LITIGATION, aggregation: 'top' }],
    // A kind and a tier no level holds: asked about, never read as one of them.
    ['乡镇的部门收到申请最多', 'not_understood'],
  ]);
});

describe('answers compare exactly the organs of the level', () => {
  it('区级部门 of a year are the departments of districts, never a district government', async () => {
    await expectExactly(table.engine, '区级部门2020年收到多少申请', {
      status: 'answered',
      facts: [
        [LONGGANG_DRC, 2020, RECEIVED, 4],
        [LONGHUA_DATA, 2020, RECEIVED, 1],
      ],
      saysNot: [NANSHAN],
    });
  });

  it('a total of 区级部门 adds their figures, one year, nothing else', async () => {
    await expectExactly(table.engine, '2020年区级部门收到的申请一共多少', {
      status: 'answered',
      facts: [
        [LONGHUA_DATA, 2020, `${RECEIVED}:sum`, 5],
        [LONGHUA_DATA, 2020, RECEIVED, 1],
        [LONGGANG_DRC, 2020, RECEIVED, 4],
      ],
      says: ['区级部门', '合计 5 件'],
      saysNot: [NANSHAN],
    });
  });

  it('哪个区政府…最少 compares district governments only (no county, city or department)', async () => {
    await expectExactly(table.engine, '哪个区政府行政复议最少', {
      status: 'answered',
      facts: [[HONGZE, 2024, REVIEW, 2]],
      says: ['2024'],
      saysNot: [SHUYANG, HUAIAN],
    });
  });

  it('a district ranking of a year holds only that year’s districts', async () => {
    await expectExactly(table.engine, '2020年哪个区政府收到申请最多', {
      status: 'answered',
      facts: [[NANSHAN, 2020, RECEIVED, 262]],
      saysNot: [LONGGANG_DRC, LONGHUA_DATA],
    });
  });

  it('哪个县政府 compares counties proper, not districts', async () => {
    await expectExactly(table.engine, '哪个县政府行政诉讼最多', {
      status: 'answered',
      facts: [[SHUYANG, 2025, LITIGATION, 13]],
      saysNot: [HONGZE, LONGGANG],
    });
  });

  it('市本级 is the city tier, never a district or its departments', async () => {
    await expectExactly(table.engine, '市本级收到多少申请', {
      status: 'answered',
      facts: [[HUAIAN, 2024, RECEIVED, 3119]],
      saysNot: [HONGZE, LONGGANG_DATA],
    });
  });

  it('a level the store holds no organ of compares nothing', async () => {
    await expectExactly(table.engine, '市属部门收到申请最多的是哪个', {
      status: 'no_data',
      facts: [],
      saysMissing: true,
    });
  });

  it('a kind and tier no level holds states no number', async () => {
    await expectExactly(table.engine, '乡镇的部门收到申请最多', { status: 'not_understood', facts: [] });
  });
});
