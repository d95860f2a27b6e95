// The HTML reader: tables as pipe rows with rowspan/colspan repeated, the rest as lines; GBK pages; page chrome dropped.
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/parser/formats/index.js';
import { DOCUMENTS_DIR, paragraphsOf, tableRowsOf, textOf } from './documents.js';

async function htmlText(html: string): Promise<string> {
  return (await extractText(new TextEncoder().encode(html), 'page.html')).text;
}

describe('tables', () => {
  it('repeats a rowspan down and a colspan across, and keeps blank cells', async () => {
    const text = await htmlText(`<table>
      <tr><th rowspan="2">信息内容</th><th colspan="2">本年处理决定数量</th></tr>
      <tr><td>1</td><td>2</td></tr>
      <tr><td>行政许可</td><td></td><td>&nbsp;3 </td></tr>
    </table>`);
    expect(text).toBe(
      ['| 信息内容 | 本年处理决定数量 | 本年处理决定数量 |', '| 信息内容 | 1 | 2 |', '| 行政许可 |  | 3 |'].join('\n'),
    );
  });

  it('counts a number merged across columns once, whatever the header spans (issue 14)', async () => {
    const text = await htmlText(`<table>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td colspan="2">现行有效件数</td></tr>
      <tr><td>规章</td><td>13</td><td colspan="2">13</td><td>524</td></tr>
      <tr><td>政府集中采购</td><td colspan="2">6</td><td colspan="2">251000元</td></tr>
      <tr><td>行政许可</td><td colspan="4"></td></tr>
      <tr><td colspan="2" rowspan="2">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>4</td><td>4</td></tr>
      <tr><td>2.没有现成信息需要另行制作</td><td>6</td><td>6</td></tr>
    </table>`);
    expect(text).toBe(
      [
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 现行有效件数 |',
        '| 规章 | 13 | 13 | 524 |',
        '| 政府集中采购 | 6 | 251000元 |',
        '| 行政许可 |  |',
        '| （四）无法提供 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 4 | 4 |',
        '| （四）无法提供 | （四）无法提供 | 2.没有现成信息需要另行制作 | 6 | 6 |',
      ].join('\n'),
    );
  });

  it('joins a cell written over several lines and keeps pipes inside a cell from splitting it', async () => {
    const text = await htmlText(
      '<table><tr><td>本年新<br>制作数量</td><td><p>5.要求行政机关确认或重新出</p><p>具已获取信息</p></td><td>a|b</td></tr></table>',
    );
    expect(text).toBe('| 本年新制作数量 | 5.要求行政机关确认或重新出具已获取信息 | a｜b |');
  });

  it('reads a page laid out in an outer table as text, and only the innermost tables as tables', async () => {
    const text = await htmlText(
      '<table><tr><td><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>',
    );
    expect(text).toBe('二、主动公开政府信息情况\n| 规章 | 0 |');
  });

  it('reads the GBK page with merged cells as the official rows (nanshan 2020)', async () => {
    const rows = tableRowsOf(await textOf(join(DOCUMENTS_DIR, 'nanshan-district-2020.html')));
    expect(rows).toHaveLength(48);
    expect(rows).toContain('| 行政许可 | 220 | 减19 | 8,759 |');
    expect(rows).toContain(
      '| 三、本年度办理结果 | （三）不予公开 | 6.属于四类过程性信息 | 4 | / | / | / | / | / | 4 |',
    );
    expect(rows).toContain('| 三、本年度办理结果 | （七）总计 | （七）总计 | 211 | 19 | / | / | / | 5 | 235 |');
    expect(rows.at(-1)).toBe('| 5 | / | / | / | 5 | 1 | / | / | 1 | 2 | 2 | / | / | / | 2 |');
  });

  it('keeps merged cells written as blank cells blank (longgang development and reform 2020)', async () => {
    const rows = tableRowsOf(await textOf(join(DOCUMENTS_DIR, 'longgang-development-reform-2020.html')));
    expect(rows).toContain('| 第二十条第（一）项 |  |  |  |');
    expect(rows).toContain('|  | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  });
});

describe('text and encodings', () => {
  it('decodes GBK declared as gb2312, and GBK declared nowhere', async () => {
    expect(paragraphsOf(await textOf(join(DOCUMENTS_DIR, 'nanshan-district-2020.html'))).slice(-4)).toEqual([
      '深圳市南山区人民政府',
      '2021年1月19日',
      '— 2 —',
      '— 1 —',
    ]);
    expect(paragraphsOf(await textOf(join(DOCUMENTS_DIR, 'longgang-data-bureau-2021.html'))).slice(-2)).toEqual([
      '深圳市龙岗区政务服务数据管理局',
      '2022年1月28日',
    ]);
  });

  it('believes the bytes over a wrong declaration: UTF-8 bytes declared gbk', async () => {
    const page = '<meta charset="gbk"><p>龙华区政务服务数据管理局</p>';
    expect((await extractText(new TextEncoder().encode(page), 'a.html')).text).toBe('龙华区政务服务数据管理局');
    expect((await extractText(iconv.encode(page, 'gbk'), 'b.html')).text).toBe('龙华区政务服务数据管理局');
  });

  it('drops hidden elements and class- or id-named navigation', async () => {
    const page =
      '<div id="breadcrumb">首页 &gt; 年报</div><p style="display: none">隐藏</p><p hidden>也隐藏</p><div class="main_menu">菜单</div><p>正文</p>';
    expect(await htmlText(page)).toBe('正文');
  });

  it('drops navigation, scripts, styles and the footer of a site page (longgang district 2022)', async () => {
    const text = await textOf(join(DOCUMENTS_DIR, 'longgang-district-2022.html'));
    for (const chrome of ['互动交流', 'pageInfo', '版权所有', '网站标识码', '2030年', '.article'])
      expect(text).not.toContain(chrome);
    expect(text.split('\n')[2]).toBe('深圳市龍崗區(qū)2022年政府信息公開工作年度報告');
  });
});
