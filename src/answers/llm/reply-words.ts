// The words a model's reply may and may not use around the placeholders. Lists are data; check-reply.ts reads them.
import type { Lang } from '../types.js';

/** Punctuation a reply may use outside placeholders; everything else but letters of its language is refused. */
const FREE_PUNCTUATION = new Set([...'，。、；：？！“”‘’（）《》—…·,.;:?!\'"()-']);
const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/u;

/**
 * Whether a character may stand outside the placeholders of a reply in `lang`: letters of that language's script
 * (Han for Chinese, Latin for English), white space and plain punctuation. Symbols (% + ≈ < > | / $ ` [ ] { } @ #),
 * emoji and letters of other scripts are refused: whatever they would add is not a rewording.
 */
export function isFreeCharacter(char: string, lang: Lang): boolean {
  if (/\s/u.test(char) || FREE_PUNCTUATION.has(char)) return true;
  return lang === 'zh' ? HAN.test(char) : LATIN_LETTER.test(char);
}

/** Characters that end a clause: a value's neighbours are read up to the nearest of these (or a placeholder). */
export const CLAUSE_BOUNDARY = /[，。、；：？！,.;:?!（）()“”"‘’《》—…\n]/u;

/** Where one sentence ends and the next begins: a value's organ, year and metric are looked for within its sentence. */
export const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/u;

/** A list of words written as one string, one space between them: the lists below read as prose. */
const words = (list: string): readonly string[] => list.split(/\s+/u).filter((word) => word !== '');

/**
 * Words that may stand right before a value (between it and the clause boundary or placeholder before it), in
 * any combination: 共收到了 is 共 + 收到 + 了. Nothing else may touch a number, so no word — listed anywhere or
 * not — can make 552 件 into "about", "over" or "not" 552 件.
 */
export const VALUE_LEAD_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  zh: words('为 是 有 共 计 达 到 至 了 从 由 占 收到 其中 即'),
  en: words(`is was were are be been of at to from with and a an the total received had has have recorded reported
    counted stood came amounted accounting for`),
};

/** Characters that would turn a year placeholder (2022年) into a count or an amount: 2022年件. */
export const NOT_AFTER_YEAR_ZH = '件个项元份人次名条位家宗例起倍成%万亿千百多余';

/** English words that may stand right before and right after a year: "in 2022", "the 2022 report". */
export const YEAR_NEIGHBOUR_WORDS: Readonly<Record<'before' | 'after', readonly string[]>> = {
  before: words('in for of during from to and the year fiscal through by'),
  // A verb after a year starts what the year's clause says of it (in 2022 was 552): it makes no number of the year.
  after: words(`report reports annual and to through figures data edition template was were is are had has received
    recorded saw came stood`),
};

/** Why a word may change what a reply states. */
export type WordClass =
  | 'quantity'
  | 'change or comparison'
  | 'rank'
  | 'confirmation'
  | 'negation'
  | 'cause'
  | 'source'
  | 'span of time'
  | 'doubt';

/**
 * Words a reply may use only where the template's own text uses them (最多 in a ranking, 变化 in a change). Chinese
 * words match anywhere in the text; English ones as whole words. Numerals are refused before these are read, so
 * 翻了一番, 九成, 两倍, 第一 and 数十 already fail on 一, 九, 两, 十: the lists hold what needs no numeral (成 as a
 * share always does). A single character stands for every word it is part of (增 for 增加, 增长, 新增; 最 for 最多,
 * 最高), at the price of refusing some harmless ones (安全 for 全, 大家 for 大). Causes (因, 由于, because) are not the
 * reports' to give, nor is a source: the footer is nianbao's, and 《…》 in the model's words would be a title of its own.
 * A span of time (自…以来, 至今, since, so far) makes a year's figure a running total; doubt (可能, probably) makes
 * an exact figure a guess.
 */
export const CHANGING_WORDS: Readonly<Record<Lang, Readonly<Record<WordClass, readonly string[]>>>> = {
  zh: {
    quantity: words(`约 大概 大致 大体 左右 上下 将近 接近 近乎 几乎 差不多 几 若干 逾 超 不到 不足 不及 以上 以下
      以内 之内 至少 至多 起码 之多 多达 高达 足足 足有 整整 仅 只有 唯 半 过半 多数 少数 部分 全 所有 整个 整体 总体
      每 各 均 许多 很多 众多 诸多 大量 少量 大批 极少 很少 不少 数成 双 倍 番 翻 率 比例 比重 占比 百分 估 预计
      折合 换算 相当 俩 仨`),
    'change or comparison': words(`增 减 涨 跌 升 降 扩大 缩小 提高 下滑 回落 攀 飙 锐 变化 变动 幅度 同比 环比 持平
      相同 同样 等于 不变 比 较 差距 相差 高于 低于 多于 少于 大于 小于 多出 多 少 大 小 高 低`),
    rank: words('最 第 首 冠 榜 名列 前列 前茅 排名 排行 排序 排第 排在 位居 位列 领先 落后 垫底 倒数 末位 末尾'),
    confirmation: words('是的 对的 说得对 没错 正确 准确 确实 确认 无误 属实 错 误 您说 你说 所说 所述'),
    negation: words('不 没 无 非 未 否 勿 莫'),
    cause: words(
      '因 由于 所以 导致 致使 使得 得益 归功 归于 影响 缘故 源于 推动 带动 促使 促进 造成 引起 引发 结果 于是',
    ),
    source: words('来源 出处 引自 摘自 出自 援引 转引 《 》'),
    'span of time': words('以来 至今 迄今 如今 目前 截至 截止 累计 累积 历年 历来 年来 先后 陆续 期间'),
    doubt: words('可能 也许 或许 似乎 好像 估计 疑似 存疑 应该 应当 据说 据悉 大概率 恐怕 未必 推测 猜测'),
  },
  en: {
    quantity: words(`about around approximately approx roughly nearly almost circa some close estimated estimate over
      under above below beyond exceed exceeds exceeded exceeding least most maximum minimum plus odd just only merely
      barely mere sole solely within half halves quarter quarters thirds majority minority all every each whole entire
      entirely both few several many much lots lot plenty numerous countless multiple dozen dozens score scores tens
      hundreds thousands millions billions percent percentage per cent proportion share ratio rate fraction average
      mean median sum combined double doubled twice triple tripled thrice quadruple fold times couple pair pairs
      handful single`),
    'change or comparison': words(`more less fewer increase increased increases increasing decrease decreased
      decreases rise rose risen rising fall fell fallen falling grow grew grown growth drop dropped decline declined
      gain gained loss lost jump jumped surge surged plunge plunged climb climbed up down higher lower greater bigger
      smaller larger change changed than compared versus vs same equal equals equivalent unchanged steady flat`),
    rank: words(`first second third fourth fifth sixth seventh eighth ninth tenth last top bottom highest lowest
      largest smallest biggest greatest fewest rank ranks ranked ranking leading topped record peak best worst`),
    confirmation: words(`yes correct correctly right indeed confirm confirmed confirms true accurate exactly precisely
      wrong incorrect mistaken error`),
    // "t" is what is left of isn't, don't, wasn't.
    negation: words('not no never nor neither none nothing without cannot t'),
    cause: words(`because due owing thanks cause caused causes causing driven drove result resulted resulting
      reason reasons therefore hence consequently thus attributed attributable reflect reflects reflected reflecting led
      amid fueled fuelled boosted spurred prompted triggered`),
    source: words('source sources sourced cited citing cite quoted quoting yearbook bulletin'),
    'span of time': words(`since far yet ever hitherto date cumulative cumulatively running until till before after
      previously prior later earlier`),
    doubt: words(`probably possibly perhaps maybe may might likely unlikely seemingly apparently reportedly allegedly
      uncertain unverified undercount overcount guess presumably supposedly`),
  },
};

/** Words that name a kind of organ: an organ is named only through its placeholder, never in the reply's words. */
export const ORGAN_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  zh: words('政府 委员会 办公室 管委会 法院 检察院 街道 局 厅 署 镇 乡 社区 村委'),
  en: words(`government district bureau province provincial county commission committee municipal agency department
    office ministry council city town township subdistrict street`),
};

/** Links, markup and code a reply must not carry, each with the reason given when it does. */
export const FORBIDDEN_PATTERNS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /[a-z][a-z0-9+.-]*:\/\/|\bwww\./iu, what: 'a URL' },
  {
    pattern: /\b[a-z0-9-]+\.(?:com|cn|net|org|io|gov|edu|info|sh|me|xyz|top|co|app|dev|ly|site|link|ru|tk)\b/iu,
    what: 'a domain name',
  },
  { pattern: /\[[^\]]*\]\s*\(|!\[/u, what: 'a markdown link' },
  { pattern: /`|<[a-z!/@#]/iu, what: 'code or markup' },
  {
    pattern:
      /\b(?:curl|wget|sudo|bash|zsh|sh|powershell|cmd|chmod|chown|rm|ssh|scp|eval|exec|python|node|npm|npx|pip|apt|brew|git|docker|kubectl|nc|netcat|telnet)\b/iu,
    what: 'a command',
  },
  { pattern: /[|$\\]/u, what: 'a command' },
];
