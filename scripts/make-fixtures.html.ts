// Renders one sample report as an HTML page: its own prose, with the three tables rebuilt from the
// expected JSON in the official layout. Used only by scripts/make-fixtures.ts.
import {
  buildApplicationsTable,
  buildDisclosureTable,
  buildReviewTable,
  type ExpectedReport,
  type LayoutTable,
  type NumberStyle,
  type ValueMerging,
} from './make-fixtures.tables.js';

export interface HtmlVariant {
  readonly charsetMeta?: string;
  /** merged: rowspan/colspan; blank-cells: a merged cell's text in its first slot, the others empty. */
  readonly layout: 'merged' | 'blank-cells';
  readonly pageChrome?: boolean;
  readonly layoutTable?: boolean;
  readonly headerCells?: boolean;
  /** A document for LibreOffice to print: CJK font, A4-friendly sizes. */
  readonly forPrint?: boolean;
  /** Tables without drawn borders, so that a PDF reader must fall back to positions alone. */
  readonly borderless?: boolean;
  /** Numbers merged across columns, headers merged elsewhere (see ValueMerging). */
  readonly merging?: ValueMerging;
}

/** Section headings, matched in simplified or traditional characters, on numbered lines. */
const HEADINGS = {
  disclosure: /主[动動]公[开開]政府信息情[况況]/,
  applications: /收到和[处處]理政府信息公[开開]申[请請]/,
  review: /行政[复復][议議]/,
  problems: /存在的?(主要)?(问题|問題)/,
} as const;
const NUMBERED_LINE = /^[一二三四五六七八九十\d]+\s*[、.．]/;
/** Pinyin a broken page conversion inserted after some characters: 復(fù)議. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

const OFFICIAL_HEADINGS = {
  disclosure: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/** Renders the report page. The text's own tables (between headings 二 and 五) are replaced. */
export function renderReportHtml(
  text: string,
  report: ExpectedReport,
  style: NumberStyle,
  variant: HtmlVariant,
): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const find = (pattern: RegExp, from: number): number =>
    lines.findIndex((line, index) => {
      const bare = line.replace(PINYIN_GLOSS, '');
      return index >= from && bare.length <= 40 && NUMBERED_LINE.test(bare) && pattern.test(bare);
    });
  const disclosureAt = find(HEADINGS.disclosure, 0);
  const applicationsAt = find(HEADINGS.applications, disclosureAt + 1);
  const reviewAt = find(HEADINGS.review, applicationsAt + 1);
  const problemsAt = find(HEADINGS.problems, reviewAt + 1);
  if (disclosureAt < 0 || applicationsAt < 0 || reviewAt < 0 || problemsAt < 0)
    throw new Error('section headings not found');
  const heading = (index: number, fallback: string): string => `<h3>${escapeHtml(lines[index] ?? fallback)}</h3>`;
  const body = [
    ...lines.slice(0, disclosureAt).map(paragraph),
    heading(disclosureAt, OFFICIAL_HEADINGS.disclosure),
    renderTable(buildDisclosureTable(report, style, variant.merging), variant),
    heading(applicationsAt, OFFICIAL_HEADINGS.applications),
    renderTable(buildApplicationsTable(report, style, variant.merging), variant),
    heading(reviewAt, OFFICIAL_HEADINGS.review),
    renderTable(buildReviewTable(report, style, variant.merging), variant),
    ...lines.slice(problemsAt).map(paragraph),
  ].join('\n');
  return page(lines[0] ?? '', body, variant);
}

function page(title: string, body: string, variant: HtmlVariant): string {
  const meta = variant.charsetMeta
    ? `<meta http-equiv="Content-Type" content="text/html; charset=${variant.charsetMeta}">\n`
    : '';
  const font = variant.forPrint ? "font-family: 'WenQuanYi Micro Hei', sans-serif;" : '';
  const content = variant.layoutTable
    ? `<table width="100%"><tr><td class="content">\n${body}\n</td></tr></table>`
    : body;
  const chrome = variant.pageChrome ? PAGE_CHROME : { top: '', bottom: '' };
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}<title>${escapeHtml(title)}</title>
<style>body { ${font} font-size: 11pt; } td, th { font-size: 9pt;${variant.borderless ? '' : ' border: 1px solid #000;'} }</style>
</head>
<body>
${chrome.top}<div class="article">
${content}
</div>
${chrome.bottom}</body>
</html>
`;
}

/** What a government site wraps around an article: none of it may reach the parser. */
const PAGE_CHROME = {
  top: `<script>var pageInfo = { title: "2019年政府信息公开工作年度报告", date: "2019-02-01" };</script>
<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<nav><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; <a href="/xxgk/nb">信息公开年报</a></nav>
`,
  bottom: `<footer><p>主办单位：深圳市某某区人民政府办公室 版权所有</p><p>发布日期：2030年1月1日 网站标识码：4403000000</p></footer>
<style>.article { margin: 0 auto; }</style>
`,
};

function paragraph(line: string): string {
  return `<p>${escapeHtml(line)}</p>`;
}

function renderTable(table: LayoutTable, variant: HtmlVariant): string {
  const rows = variant.layout === 'merged' ? table : writeOutMerges(table);
  const html = rows.map((row) => {
    const cells = row.map((cell) => {
      const tag = cell.isHeader && variant.headerCells ? 'th' : 'td';
      const spans = `${(cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
      return `<${tag}${spans}>${escapeHtml(cell.text)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="${variant.borderless ? 0 : 1}" cellspacing="0" cellpadding="3" width="100%">\n${html.join('\n')}\n</table>`;
}

/** Replaces each merged cell by single cells: its text in the top-left one, the rest blank. */
function writeOutMerges(table: LayoutTable): LayoutTable {
  const grid: (string | undefined)[][] = table.map(() => []);
  table.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row) {
      while (grid[rowIndex]?.[column] !== undefined) column += 1;
      for (let r = rowIndex; r < rowIndex + (cell.rowSpan ?? 1); r += 1) {
        for (let c = column; c < column + (cell.colSpan ?? 1); c += 1) {
          const slots = grid[r];
          if (slots) slots[c] = r === rowIndex && c === column ? cell.text : '';
        }
      }
      column += cell.colSpan ?? 1;
    }
  });
  return grid.map((slots) => Array.from(slots, (text) => ({ text: text ?? '' })));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
