// English arithmetic on the last two turns, read as the Chinese is (issue 13): Add them up is 加起来, the first and
// the second (the former, the latter) are 第一个 / 第二个 (前者 / 后者), the figures of those turns in their order;
// "the carried-over ones" names the figure before the pronoun. What stays unclear is still not understood.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, METRIC, NANSHAN } from './query-table.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const CARRIED_OVER = 'applications.carriedOver.total';

async function ask(conversation: string, questions: readonly string[]): Promise<void> {
  for (const question of questions) {
    const answer = await table.engine.answer(question, { conversationId: conversation });
    expect(answer.status, `${question}\n${answer.answer}`).toBe('answered');
  }
}

describe('English operations on the last two turns', () => {
  it('Add them up after reviews and lawsuits of one report adds the two figures (15 + 38 = 53)', async () => {
    await ask('en-add', ['Longgang district 2022 administrative reconsideration total', 'And lawsuits?']);
    await expectExactly(
      table.engine,
      'Add them up',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${METRIC.review}:sum`, 53],
          [LONGGANG, 2022, METRIC.review, 15],
          [LONGGANG, 2022, METRIC.litigation, 38],
        ],
        says: ['53 in total'],
      },
      'en-add',
    );
  });

  it('the ratio of the first to the second after two organs is the earlier turn’s over the later’s (552 ÷ 262)', async () => {
    await ask('en-ratio', ['How many requests did Longgang receive in 2022?', 'And Nanshan in 2020?']);
    await expectExactly(
      table.engine,
      'And the ratio of the first to the second?',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${METRIC.received}:ratio`, 2.11],
          [LONGGANG, 2022, METRIC.received, 552],
          [NANSHAN, 2020, METRIC.received, 262],
        ],
      },
      'en-ratio',
    );
  });

  it('the latter minus the former takes the earlier turn’s figure from the later’s (262 − 552)', async () => {
    await ask('en-latter', ['How many requests did Longgang receive in 2022?', 'And Nanshan in 2020?']);
    await expectExactly(
      table.engine,
      'What is the latter minus the former?',
      {
        status: 'answered',
        facts: [
          [NANSHAN, 2020, `${METRIC.received}:difference`, -290],
          [NANSHAN, 2020, METRIC.received, 262],
          [LONGGANG, 2022, METRIC.received, 552],
        ],
        says: ['290 fewer than'],
      },
      'en-latter',
    );
  });

  it('And the carried-over ones? after a Chinese turn is that report’s carried-over figure, and Total of both adds the two', async () => {
    await ask('en-ones', ['龙岗区2022年收到多少申请']);
    await expectExactly(
      table.engine,
      'And the carried-over ones?',
      { status: 'answered', facts: [[LONGGANG, 2022, CARRIED_OVER, 10]] },
      'en-ones',
    );
    await expectExactly(
      table.engine,
      'Total of both?',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${METRIC.received}:sum`, 562],
          [LONGGANG, 2022, METRIC.received, 552],
          [LONGGANG, 2022, CARRIED_OVER, 10],
        ],
      },
      'en-ones',
    );
  });

  it('one is a number, never a pronoun: more than one lawsuit is still not understood', async () => {
    const answer = await table.engine.answer('Which agencies had more than one lawsuit?');
    expect(answer.status, answer.answer).toBe('not_understood');
  });

  it('add up alone still asks whether the report adds up, never a sum of the last two turns', async () => {
    await ask('en-check', ['Longgang district 2022 administrative reconsideration total', 'And lawsuits?']);
    const answer = await expectExactly(table.engine, 'add up', { status: 'answered', facts: [] }, 'en-check');
    expect(answer.answer).not.toContain('in total');
  });
});
