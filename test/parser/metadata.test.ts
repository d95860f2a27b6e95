import { describe, expect, it } from 'vitest';
import { type Metadata, readMetadata } from '../../src/parser/metadata.js';

type Row = [string, readonly string[], readonly string[], Partial<Metadata>];

describe('readMetadata: title, signature and body', () => {
  it.each<Row>([
    [
      "a place is its people's government",
      ['深圳市罗湖区2021年政府信息公开工作年度报告'],
      [],
      { org: '深圳市罗湖区人民政府', region: '罗湖区', level: 'government', year: 2021 },
    ],
    ['year first', ['2022年深圳市龙岗区政府信息公开工作年度报告'], [], { org: '深圳市龙岗区人民政府', year: 2022 }],
    [
      '关于 between organ and year',
      ['深圳市龙岗区人民政府关于2022年政府信息公开工作年度报告'],
      [],
      { org: '深圳市龙岗区人民政府', year: 2022 },
    ],
    [
      'organ on the line above',
      ['首页>信息公开', '深圳市福田区卫生健康局', '2021年度政府信息公开工作年度报告'],
      [],
      { org: '深圳市福田区卫生健康局', region: '福田区', level: 'department', year: 2021 },
    ],
    [
      'title wrapped mid-name',
      ['深圳市龙华区政务服务数据管', '理局 2020 年政府信息公开', '工作年度报告'],
      [],
      { org: '深圳市龙华区政务服务数据管理局', year: 2020 },
    ],
    [
      'signature adds the city',
      ['龙岗区发展和改革局2020年政府信息公开工作年度报告'],
      ['深圳市龙岗区发展和改革局', '2021年1月6日'],
      { org: '深圳市龙岗区发展和改革局', publishedOn: '2021-01-06' },
    ],
    [
      'signature of a different organ is not taken',
      ['淮安市人民政府2024年政府信息公开工作年度报告'],
      ['淮安市洪泽区人民政府', '2025年1月20日'],
      { org: '淮安市人民政府', region: '淮安市' },
    ],
    [
      'date in Chinese numerals',
      ['南山区2020年政府信息公开工作年度报告'],
      ['深圳市南山区人民政府', '二〇二一年一月十九日'],
      { org: '深圳市南山区人民政府', publishedOn: '2021-01-19' },
    ],
    [
      'signature and date on one line',
      ['南山区2020年政府信息公开工作年度报告'],
      ['深圳市南山区人民政府    2021年1月19日'],
      { org: '深圳市南山区人民政府', publishedOn: '2021-01-19' },
    ],
    ['ISO-like date', ['南山区2020年政府信息公开工作年度报告'], ['2021-01-19'], { publishedOn: '2021-01-19' }],
    [
      "a place's 政府 is its people's government",
      ['龙岗区政府2022年政府信息公开工作年度报告'],
      [],
      { org: '龙岗区人民政府', level: 'government' },
    ],
    [
      'a web page date is no signature',
      ['南山区2020年政府信息公开工作年度报告'],
      ['深圳市南山区人民政府', '2021年1月19日', '发布日期：2021-01-20', '【打印】【关闭】'],
      { publishedOn: '2021-01-19' },
    ],
    [
      'a breadcrumb before the title',
      ['首页>政务公开>2022年政府信息公开工作年度报告', '深圳市龙岗区教育局2022年政府信息公开工作年度报告'],
      [],
      { org: '深圳市龙岗区教育局', year: 2022 },
    ],
    [
      'organ on the line after the title',
      ['2022年政府信息公开工作年度报告', '深圳市龙岗区教育局', '根据《条例》规定，现公布…'],
      [],
      { org: '深圳市龙岗区教育局', year: 2022 },
    ],
    [
      "a notice forwarding the government's report",
      ['杭州市西湖区人民政府办公室关于印发杭州市西湖区2023年政府信息公开工作年度报告的通知'],
      ['杭州市西湖区人民政府办公室', '2024年1月18日'],
      { org: '杭州市西湖区人民政府', level: 'government', year: 2023 },
    ],
    [
      "a development zone's 管委会",
      ['南京经济技术开发区管委会2023年政府信息公开工作年度报告'],
      ['南京经济技术开发区管委会', '2024年1月18日'],
      { org: '南京经济技术开发区管委会', level: 'department', publishedOn: '2024-01-18' },
    ],
    [
      'title 政府信息公开工作年度报告（2023年） under the organ',
      ['成都市武侯区人民政府办公室', '政府信息公开工作年度报告（2023年）'],
      ['成都市武侯区人民政府办公室', '二〇二四年一月十八日'],
      { org: '成都市武侯区人民政府办公室', region: '武侯区', year: 2023, publishedOn: '2024-01-18' },
    ],
    [
      'full-width date',
      ['某某县人民政府2025年政府信息公开工作年度报告'],
      ['某某县人民政府', '２０２６年１月８日'.normalize('NFKC')],
      { org: '某某县人民政府', region: '某某县', publishedOn: '2026-01-08' },
    ],
    [
      'a year in Chinese numerals',
      ['二〇二三年度某某县人民政府政府信息公开工作年度报告'],
      ['某某县人民政府', '2024年1月18号'],
      { org: '某某县人民政府', year: 2023, publishedOn: '2024-01-18' },
    ],
    [
      'an autonomous county with a long name',
      ['双江拉祜族佤族布朗族傣族自治县人民政府2023年政府信息公开工作年度报告'],
      [],
      { org: '双江拉祜族佤族布朗族傣族自治县人民政府', region: '双江拉祜族佤族布朗族傣族自治县', level: 'government' },
    ],
    [
      'no signature',
      ['南山区2020年政府信息公开工作年度报告'],
      ['六、其他需要报告的事项', '无。'],
      { org: '南山区人民政府', publishedOn: null },
    ],
    [
      'a province before the city in the title only is dropped',
      ['浙江省杭州市西湖区教育局2023年政府信息公开工作年度报告'],
      ['2024年1月18日'],
      { org: '杭州市西湖区教育局', region: '西湖区', level: 'department' },
    ],
    [
      'a province before the city, the signature naming the organ from its district',
      ['浙江省杭州市西湖区教育局2023年政府信息公开工作年度报告'],
      ['西湖区教育局', '2024年1月18日'],
      { org: '杭州市西湖区教育局', region: '西湖区' },
    ],
    [
      'a province before a city government',
      ['浙江省杭州市2023年政府信息公开工作年度报告'],
      ['2024年1月18日'],
      { org: '杭州市人民政府', region: '杭州市', level: 'government' },
    ],
    [
      'a province alone is kept',
      ['浙江省人民政府2023年政府信息公开工作年度报告'],
      [],
      { org: '浙江省人民政府', region: '浙江省' },
    ],
    [
      'a development zone is its own region',
      ['杭州经济技术开发区管委会2023年政府信息公开工作年度报告'],
      [],
      { org: '杭州经济技术开发区管委会', region: '杭州经济技术开发区', level: 'department' },
    ],
    [
      'a town without its county takes the county from the body',
      ['三墩镇人民政府2023年政府信息公开工作年度报告', '本报告由杭州市西湖区三墩镇人民政府编制。'],
      [],
      { org: '三墩镇人民政府', region: '西湖区', level: 'government' },
    ],
    [
      'a street office without its county takes the county from the body',
      ['转塘街道办事处2023年政府信息公开工作年度报告', '西湖区转塘街道办事处根据《条例》…'],
      [],
      { org: '转塘街道办事处', region: '西湖区' },
    ],
    [
      'an autonomous region before the city is dropped',
      ['广西壮族自治区南宁市青秀区人民政府2023年政府信息公开工作年度报告'],
      [],
      { org: '南宁市青秀区人民政府', region: '青秀区', level: 'government' },
    ],
    [
      'an autonomous region alone is kept',
      ['宁夏回族自治区人民政府办公厅2023年政府信息公开工作年度报告'],
      [],
      { org: '宁夏回族自治区人民政府办公厅', region: '宁夏回族自治区', level: 'department' },
    ],
    [
      'an autonomous prefecture',
      ['恩施土家族苗族自治州人民政府2023年政府信息公开工作年度报告'],
      [],
      { org: '恩施土家族苗族自治州人民政府', region: '恩施土家族苗族自治州', level: 'government' },
    ],
    [
      'a town named with its county',
      ['长兴县和平镇人民政府2023年政府信息公开工作年度报告'],
      [],
      { org: '长兴县和平镇人民政府', region: '长兴县' },
    ],
  ])('%s', (_, head, tail, expected) => {
    expect(readMetadata({ head, tail, text: [...head, ...tail].join('\n') })).toMatchObject(expected);
  });
});

// Issue 14, defect classes 4 and 5: organs of every kind, names never a fragment of a sentence, the level of a
// report that covers a whole area.
describe('readMetadata: organs of every kind', () => {
  it.each<Row>([
    [
      'a 综合实验区 named alone, its year as 2025年度',
      ['平潭综合实验区2025年度政府信息公开工作年度报告'],
      [],
      { org: '平潭综合实验区管委会', region: '平潭综合实验区', level: 'government', year: 2025 },
    ],
    [
      'a 综合实验区 signed by its 管理委员会',
      ['平潭综合实验区2025年度政府信息公开工作年度报告'],
      ['平潭综合实验区管理委员会', '2026年1月20日'],
      { org: '平潭综合实验区管理委员会', level: 'government', year: 2025, publishedOn: '2026-01-20' },
    ],
    [
      'a 新区 is a district',
      ['上海市浦东新区2023年政府信息公开工作年度报告'],
      [],
      { org: '上海市浦东新区人民政府', region: '浦东新区', level: 'government' },
    ],
    [
      'a 高新区管委会',
      ['2023年度合肥高新技术产业开发区管理委员会政府信息公开工作年度报告'],
      [],
      { org: '合肥高新技术产业开发区管理委员会', level: 'department', year: 2023 },
    ],
    [
      'an 办公厅',
      ['江苏省人民政府办公厅2023年政府信息公开工作年度报告'],
      [],
      { org: '江苏省人民政府办公厅', region: '江苏省', level: 'department' },
    ],
    [
      'a 委员会',
      ['淮安市发展和改革委员会2023年度政府信息公开工作年度报告'],
      [],
      { org: '淮安市发展和改革委员会', region: '淮安市', level: 'department', year: 2023 },
    ],
    [
      'a short form (市科委) signed with the full name',
      ['市科委2023年政府信息公开工作年度报告'],
      ['北京市科学技术委员会', '2024年1月20日'],
      { org: '北京市科学技术委员会', level: 'department', year: 2023 },
    ],
    [
      'a short form (市科委) named in full by the first sentence',
      [
        '市科委2023年政府信息公开工作年度报告',
        '本报告由北京市科学技术委员会根据《中华人民共和国政府信息公开条例》编制。',
      ],
      [],
      { org: '北京市科学技术委员会', level: 'department', year: 2023 },
    ],
    [
      'a 中心',
      ['淮安市公共资源交易中心2024年政府信息公开工作年度报告'],
      [],
      { org: '淮安市公共资源交易中心', region: '淮安市', level: 'department' },
    ],
    [
      'a 街道办事处 with its district',
      ['淮安市清江浦区清河街道办事处2024年政府信息公开工作年度报告'],
      [],
      { org: '淮安市清江浦区清河街道办事处', region: '清江浦区', level: 'department' },
    ],
    [
      "a town's people's government",
      ['洪泽区三河镇人民政府2024年政府信息公开工作年度报告', '本报告由淮安市洪泽区三河镇人民政府编制。'],
      [],
      { org: '淮安市洪泽区三河镇人民政府', region: '洪泽区', level: 'government' },
    ],
    [
      "a 乡 people's government",
      ['沭阳县颜集乡人民政府2024年政府信息公开工作年度报告'],
      [],
      { org: '沭阳县颜集乡人民政府', region: '沭阳县', level: 'government' },
    ],
    [
      'a 来源 line names the organ where the title does not',
      ['2024年政府信息公开工作年度报告', '来源：淮安市自然资源和规划局  发布时间：2025-01-20'],
      [],
      { org: '淮安市自然资源和规划局', region: '淮安市', level: 'department', year: 2024 },
    ],
    [
      '本报告由… names the organ where nothing else does',
      ['2024年政府信息公开工作年度报告', '本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。'],
      [],
      { org: '淮安市洪泽区人民政府办公室', region: '洪泽区', level: 'department' },
    ],
    [
      'a place prefix comes only from a place name, never from 本报告由…',
      [
        '洪泽区人民政府',
        '2023 年政府信息公开工作年度报告',
        '本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制此报告。',
      ],
      [],
      { org: '淮安市洪泽区人民政府', region: '洪泽区', level: 'government', year: 2023 },
    ],
    [
      'a place prefix after a verb in the body',
      ['洪泽区人民政府2023年政府信息公开工作年度报告', '请与淮安市洪泽区人民政府办公室联系。'],
      [],
      { org: '淮安市洪泽区人民政府' },
    ],
    [
      'year first with 年度',
      ['2025年度平潭综合实验区政府信息公开工作年度报告'],
      [],
      { org: '平潭综合实验区管委会', year: 2025, level: 'government' },
    ],
    [
      '年度 after the year and in the title again',
      ['淮安市洪泽区人民政府', '2024年度政府信息公开工作年度报告'],
      [],
      { org: '淮安市洪泽区人民政府', year: 2024 },
    ],
  ])('%s', (_, head, tail, expected) => {
    expect(readMetadata({ head, tail, text: [...head, ...tail].join('\n') })).toMatchObject(expected);
  });

  it('takes the city from the body where the title and signature lack it', () => {
    const head = ['龙岗区政务服务数据管理局2021年政府信息公开工作年度报告', '根据《深圳市龙岗区政府信息公开规定》…'];
    expect(readMetadata({ head, tail: [], text: head.join('\n') }).org).toBe('深圳市龙岗区政务服务数据管理局');
  });
});
