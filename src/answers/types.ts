// What the answer engine returns. Channels, the CLI and the optional LLM all speak these types.

/** `chat`: the message was chat (你好, 谢谢, 年报), answered with a greeting and example questions. */
export type AnswerStatus = 'answered' | 'chat' | 'clarify' | 'no_data' | 'not_understood';
export type Lang = 'zh' | 'en';

/** Where a number stands in the report it came from. */
export interface FactSource {
  readonly file: string;
  /** The report's page on the web, when it was fetched from one. */
  readonly url?: string;
  readonly table: string; // "二" | "三" | "四"
  readonly row: string; // the printed row label, e.g. 本年新收政府信息公开申请数量
  readonly column: string; // the printed column label, e.g. 总计
}

/** A money unit a report prints its figures in besides 元 (本年收费金额（单位：万元）, 170,815.4万元). */
export type PrintedUnit = '万元' | '亿元';

/** One number the reply states, with its organ, year and source. */
export interface Fact {
  readonly org: string;
  readonly year: number;
  readonly metric: string; // canonical path, e.g. applications.newReceived.total
  readonly label: string; // human label in the reply's language
  readonly value: number;
  readonly unit: string; // 件 | 元 | …
  /** Money the report printed in 万元 or 亿元 (the value is in yuan): the reply writes it as printed. */
  readonly printedUnit?: PrintedUnit;
  readonly source: FactSource;
}

export interface Answer {
  readonly status: AnswerStatus;
  readonly answer: string;
  readonly facts: readonly Fact[];
  readonly lang: Lang;
  /** Which path wrote the reply text. */
  readonly via: 'template' | 'llm' | 'llm-fallback';
  /**
   * `requested`: the question asked for a picture (画图, 图表, 趋势图, chart). Absent, src/charts still draws rankings
   * and trends of at least 4 points.
   */
  readonly chart?: 'requested';
}

export interface AskOptions {
  /** Follow-up questions within one conversation reuse its organ, year and metric. */
  readonly conversationId?: string;
}
