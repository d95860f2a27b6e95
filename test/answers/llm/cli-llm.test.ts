// Acceptance of issue 6 through the CLI: `nianbao ask --json` with OPENAI_* pointing at a local stand-in shows `via`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../../src/answers/index.js';
import { main } from '../../../src/cli.js';
import { makeStorePath } from './sample-store.js';
import { type StandIn, startStandIn } from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';
/** The model's reply, in placeholders, and what the user reads once nianbao fills them. */
const GOOD = '{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。';
const FILLED =
  '2022年，深圳市龙岗区人民政府收到政府信息公开申请共552 件（表三“本年新收政府信息公开申请数量”总计）。\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';

interface AskJson {
  readonly status: string;
  readonly answer: string;
  readonly facts: readonly { readonly value: number }[];
  readonly via: string;
}

let standIn: StandIn;
let storePath: string;

beforeAll(async () => {
  [standIn, storePath] = await Promise.all([startStandIn(), makeStorePath()]);
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
});

async function ask(question: string, env: Record<string, string>): Promise<{ json: AskJson; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += `${text}\n`;
    },
    env,
    isTTY: false,
  };
  const code = await main(['node', 'nianbao', 'ask', '--json', '--store', storePath, question], io);
  expect(code, stderr).toBe(0);
  return { json: JSON.parse(stdout) as AskJson, stderr };
}

function modelEnv(): Record<string, string> {
  return {
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: standIn.baseUrl,
    OPENAI_MODEL: 'stand-in-model',
    OPENAI_TIMEOUT_MS: '2000',
  };
}

describe('nianbao ask --json with OPENAI_* set', () => {
  it('prints the guarded phrasing with via llm', async () => {
    standIn.reply(() => ({ content: GOOD }));
    const { json } = await ask(QUESTION, modelEnv());
    expect(json).toMatchObject({ status: 'answered', answer: FILLED, via: 'llm' });
    expect(json.facts.map((fact) => fact.value)).toEqual([552]);
    expect(standIn.requests[0]?.model).toBe('stand-in-model');
  });

  it('prints the template with via llm-fallback when the phrasing changes a number, and logs why on stderr', async () => {
    standIn.reply(() => ({ content: GOOD.replace('{{v1}}', '525件') }));
    const { json, stderr } = await ask(QUESTION, modelEnv());
    expect(json).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(stderr).toContain('llm-fallback: guard: the numeral "525" stands outside the placeholders');
  });

  it('prints the template with via llm-fallback when the model times out', async () => {
    standIn.reply(() => ({ content: GOOD, delayMs: 8000 }));
    const { json, stderr } = await ask(QUESTION, modelEnv());
    expect(json).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(stderr).toContain('llm-fallback: timeout');
  });

  it("answers a question the rules do not understand through the model's query, and asks which figure for an invalid one", async () => {
    // 最多的是谁 asks the organ with the most: a ranking over all organs, no organ or year the question did not name.
    const query = { ...EMPTY_QUERY, metric: 'reviewLitigation.litigation.total', aggregation: 'max' };
    standIn.reply((request) =>
      request.response_format ? { content: JSON.stringify({ query }) } : { status: 500, message: 'no phrasing' },
    );
    const understood = await ask('被人告上法庭最多的是谁', modelEnv());
    expect(understood.json).toMatchObject({ status: 'answered', via: 'llm-fallback' });
    expect(understood.json.facts.map((fact) => fact.value)).toEqual([4]);

    standIn.reply(() => ({ content: JSON.stringify({ query: { ...query, years: [1999] } }) }));
    const invalid = await ask('被人告上法庭最多的是谁', modelEnv());
    expect(invalid.json).toMatchObject({ status: 'clarify', facts: [], via: 'template' });
    expect(invalid.stderr).toContain('llm-understanding rejected: year 1999 is not in the store');
  });
});

describe('nianbao ask --json without OPENAI_API_KEY', () => {
  it('answers by template and asks no model, even with a base URL set', async () => {
    standIn.reply(() => ({ content: GOOD }));
    const { json } = await ask(QUESTION, { OPENAI_BASE_URL: standIn.baseUrl });
    expect(json).toMatchObject({ status: 'answered', answer: TEMPLATE, via: 'template' });
    expect(standIn.requests).toHaveLength(0);
  });
});
