// 本年增加 / 增减 of a table 二 item row (issue 13): a 2019 report prints the change itself (本年增/减), the answer is
// that cell; a 2021 report prints no such column, so the same words are the row's figure against the year before's
// report — both stated when both are held, else the missing year said, never the other template's column guessed.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable(['hongze-district-2023-layout.txt']);
const LICENSING = 'activeDisclosure.licensing.decisions';

describe('本年增加 by the template of the report asked', () => {
  it('a 2019 report: the printed 本年增/减', async () => {
    await expectExactly(table.engine, '南山区2020年行政强制本年增加', {
      status: 'answered',
      facts: [[NANSHAN, 2020, 'activeDisclosure.enforcement.change', 89]],
    });
    await expectExactly(table.engine, '龙岗发改局2020年行政事业性收费本年增减', {
      status: 'answered',
      facts: [[LONGGANG_DRC, 2020, 'activeDisclosure.fees.change', -16]],
    });
  });

  it('a 2021 report: the decisions against the year before’s report', async () => {
    await expectExactly(table.engine, '洪泽区2024年行政许可本年增加多少', {
      status: 'answered',
      facts: [
        [HONGZE, 2023, LICENSING, 550],
        [HONGZE, 2024, LICENSING, 9487],
        [HONGZE, 2024, `${LICENSING}:change`, 8937],
        [HONGZE, 2024, `${LICENSING}:changePercent`, 1624.9],
      ],
    });
  });

  it('a 2021 report without the year before’s: the missing year is said', async () => {
    await expectExactly(table.engine, '淮安市2024年行政许可本年增加多少', {
      status: 'no_data',
      facts: [],
      says: ['没有淮安市人民政府 2023年的报告'],
      saysMissing: true,
    });
  });

  it('上一年项目数量 of a 2021 report is not the year before’s decisions', async () => {
    // The column is said missing, with what the report's row does print (its own year's decisions).
    await expectExactly(table.engine, '洪泽区2024年行政许可上一年项目数量', {
      status: 'no_data',
      facts: [[HONGZE, 2024, LICENSING, 9487]],
      says: ['没有“行政许可上一年项目数量”这一项'],
    });
  });
});

describe('the same words as understood', () => {
  table.run([
    [
      '洪泽区2024年行政许可本年增加多少',
      { organs: [HONGZE], years: [2024], metric: 'activeDisclosure.licensing.change' },
    ],
    ['淮安市2024年行政处罚本年增减', { organs: [HUAIAN], years: [2024], metric: 'activeDisclosure.punishment.change' }],
  ]);
});
