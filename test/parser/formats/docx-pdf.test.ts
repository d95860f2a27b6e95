// DOCX and PDF readers: the same rows as the HTML the fixtures were made from, merged cells repeated,
// tables rebuilt across page breaks; the official template's vMerge/gridSpan; a real PDF's page furniture.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/parser/formats/index.js';
import { DOCUMENTS_DIR, FIXTURE_NAMES, paragraphsOf, REAL_REPORTS_DIR, tableRowsOf, textOf } from './documents.js';
import { cell, makeDocx, paragraph } from './make-docx.js';

async function docxText(bodyXml: string): Promise<string> {
  return (await extractText(makeDocx(bodyXml), 'made.docx')).text;
}

describe('DOCX', () => {
  it('expands vMerge down and gridSpan across (the official 2021 template)', async () => {
    const rows = tableRowsOf(await textOf(join(REAL_REPORTS_DIR, 'official-template-2021-blank.docx')));
    expect(rows).toHaveLength(46);
    expect(rows).toContain('| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |');
    expect(rows).toContain('| 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项 |  |  |  |  |  |  |  |');
    expect(rows).toContain('| 三、本年度办理结果 | （六）其他处理 | 3.其他 |  |  |  |  |  |  |  |');
    // The blank row for table 四's numbers stays: a report may print its zeros as blanks.
    expect(rows.slice(-2)).toEqual([
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      `|${'  |'.repeat(15)}`,
    ]);
  });

  it('places cells on the grid: gridBefore/gridAfter leave blanks, vMerge continues the cell above', async () => {
    const row = (cells: string, properties = ''): string => `<w:tr><w:trPr>${properties}</w:trPr>${cells}</w:tr>`;
    const text = await docxText(`<w:tbl>
      ${row(cell('（三）不予公开', '<w:vMerge w:val="restart"/>') + cell('1.属于国家秘密') + cell('2'))}
      ${row(cell('', '<w:vMerge/>') + cell('2.其他法律行政法规禁止公开') + cell('0'))}
      ${row(cell('申请人情况', '<w:gridSpan w:val="2"/>'), '<w:gridBefore w:val="1"/>')}
      ${row(cell('总计'), '<w:gridAfter w:val="2"/>')}
    </w:tbl>`);
    expect(text.split('\n')).toEqual([
      '| （三）不予公开 | 1.属于国家秘密 | 2 |',
      '| （三）不予公开 | 2.其他法律行政法规禁止公开 | 0 |',
      '|  | 申请人情况 | 申请人情况 |',
      '| 总计 |  |  |',
    ]);
  });

  it('counts a number merged across columns by gridSpan once; a label is repeated (issue 14)', async () => {
    const span = (columns: number): string => `<w:gridSpan w:val="${columns}"/>`;
    const text = await docxText(`<w:tbl>
      <w:tr>${cell('信息内容', span(2))}${cell('本年制发件数')}${cell('本年废止件数')}</w:tr>
      <w:tr>${cell('规章')}${cell('13')}${cell('13', span(2))}${cell('524')}</w:tr>
      <w:tr>${cell('政府集中采购')}${cell('6', span(2))}${cell('251000元', span(2))}</w:tr>
    </w:tbl>`);
    expect(text.split('\n')).toEqual([
      '| 信息内容 | 信息内容 | 本年制发件数 | 本年废止件数 |',
      '| 规章 | 13 | 13 | 524 |',
      '| 政府集中采购 | 6 | 251000元 |',
    ]);
  });

  it('reads paragraphs as lines: breaks split, tabs space, deletions and fallbacks skipped', async () => {
    const text = await docxText(
      paragraph('深圳市南山区人民政府\n2021年1月19日') +
        '<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t>总体情况</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>' +
        '<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>文本框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>文本框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
    );
    expect(text).toBe('深圳市南山区人民政府\n2021年1月19日\n一、 总体情况\n文本框');
  });

  it('reads a layout table holding a table as its contents', async () => {
    const inner = `<w:tbl><w:tr>${cell('规章')}${cell('0')}</w:tr></w:tbl>`;
    const text = await docxText(
      `<w:tbl><w:tr><w:tc>${paragraph('二、主动公开政府信息情况')}${inner}</w:tc></w:tr></w:tbl>`,
    );
    expect(text).toBe('二、主动公开政府信息情况\n| 规章 | 0 |');
  });

  // longgang-development-reform-2020.html writes merged cells as blank cells; its DOCX has real merges.
  it.each(FIXTURE_NAMES.filter((name) => name !== 'longgang-development-reform-2020'))(
    '%s.docx has the rows and text of its HTML',
    async (name) => {
      const [docx, html] = await Promise.all([
        textOf(join(DOCUMENTS_DIR, `${name}.docx`)),
        textOf(join(DOCUMENTS_DIR, `${name}.html`)),
      ]);
      expect(docx).toBe(html);
    },
  );
});

describe('PDF', () => {
  it.each(FIXTURE_NAMES)('%s.pdf has the table rows of its DOCX', async (name) => {
    const [pdf, docx] = await Promise.all([
      textOf(join(DOCUMENTS_DIR, `${name}.pdf`)),
      textOf(join(DOCUMENTS_DIR, `${name}.docx`)),
    ]);
    expect(tableRowsOf(pdf)).toEqual(tableRowsOf(docx));
  });

  it('fills a merged cell the page break left blank (nanshan 2020, table 三 over pages 2-3)', async () => {
    const rows = tableRowsOf(await textOf(join(DOCUMENTS_DIR, 'nanshan-district-2020.pdf')));
    expect(rows).toContain('| 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项 | / | / | / | / | / | / | / |');
  });

  it('joins a row whose label the page break cut (longgang data bureau 2021, pages 2-3)', async () => {
    const rows = tableRowsOf(await textOf(join(DOCUMENTS_DIR, 'longgang-data-bureau-2021.pdf')));
    expect(rows).toContain(
      '| 三、本年度办理结果 | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(rows.filter((row) => row.includes('他处理 |'))).toHaveLength(3);
  });

  it('turns a page whose content runs sideways (a landscape table 三) upright', async () => {
    const [turned, upright] = await Promise.all(
      ['rotated-page.pdf', 'pdf'].map((suffix) =>
        textOf(join(DOCUMENTS_DIR, `longgang-development-reform-2020.${suffix}`)),
      ),
    );
    expect(tableRowsOf(turned ?? '')).toEqual(tableRowsOf(upright ?? ''));
    expect(tableRowsOf(turned ?? '')).toHaveLength(48);
  });

  it('reads tables without borders as lines, cells apart by spaces (positions only)', async () => {
    const text = await textOf(join(DOCUMENTS_DIR, 'longgang-development-reform-2020.no-borders.pdf'));
    expect(tableRowsOf(text)).toEqual([]);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['行政许可 15 减3 12', '一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4']),
    );
  });

  describe("a real report (Huai'an 2024, Word-made, six pages)", async () => {
    const text = await textOf(join(REAL_REPORTS_DIR, 'huaian-city-2024.pdf'));
    const rows = tableRowsOf(text);

    it('reads the vertical label and rejoins the cell split over pages 4-5 (（四）无 | 法提供)', () => {
      expect(rows).toContain(
        '| 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769 |',
      );
      expect(rows).toContain(
        '| 三、本年度办理结果 | （四）无法提供 | 2.没有现成信息需要另行制作 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |',
      );
    });

    it('keeps the two tables on page 5 apart, the heading between them a line', () => {
      expect(rows).toContain(
        '| 四、结转下年度继续办理 | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 103 | 0 | 0 | 0 | 0 | 0 | 103 |',
      );
      expect(text).toContain('\n四、政府信息公开行政复议、行政诉讼情况\n');
      expect(rows.at(-1)).toBe('| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |');
    });

    it('drops the page numbers (- 1 - … - 6 -) and keeps the body lines', () => {
      const lines = paragraphsOf(text);
      expect(lines.filter((line) => /^- \d+ -$/.test(line))).toEqual([]);
      expect(lines.slice(0, 2)).toEqual(['淮安市人民政府', '2024 年政府信息公开工作年度报告']);
    });
  });
});
