// Table 二 (主动公开政府信息情况), defined once per template: its rows, each row's columns with their printed
// headers and units, and the words that find each row in a report. The two templates share row keys where the
// row is the same (规章, 行政许可 …) and differ in columns.
import { TEMPLATE_YEARS, type TemplateYear } from './template-year.js';

/** What a column counts: documents or decisions (件), items (项), or money (converted to yuan). */
export type DisclosureUnit = 'count' | 'items' | 'yuan';

/** One column of a row of table 二. */
export interface DisclosureFieldDefinition {
  readonly name: DisclosureField;
  /** The column's name as the template prints it, without a unit. */
  readonly printed: string;
  /** The header cell where it says more than `printed` (its unit). */
  readonly header?: string;
  readonly unit: DisclosureUnit;
  /** Scale of a bare number in a money column whose header names no unit: 10000 for 万元. */
  readonly defaultScale?: 1 | 10000;
}

/** One row of table 二 in one template. */
export interface DisclosureRowDefinition {
  readonly key: DisclosureRow;
  /** The article of the regulations the row is printed under (第二十条第（一）项), heading its group of rows. */
  readonly section: string;
  /** The row label as printed. */
  readonly label: string;
  /** Compact substrings, any of which identifies the row even when other characters are lost. */
  readonly keys: readonly string[];
  readonly fields: readonly DisclosureFieldDefinition[];
}

/** Rows of table 二 across both templates, in the 2019 template's printed order (2021 prints a subset). */
export const DISCLOSURE_ROWS = [
  'regulations',
  'normativeDocuments',
  'licensing',
  'otherServices',
  'punishment',
  'enforcement',
  'fees',
  'procurement',
] as const;
export type DisclosureRow = (typeof DISCLOSURE_ROWS)[number];

/** Columns of table 二 across both templates. */
export const DISCLOSURE_FIELDS = [
  'newlyMade',
  'newlyPublished',
  'totalPublished',
  'issued',
  'repealed',
  'inForce',
  'lastYearItems',
  'change',
  'decisions',
  'items',
  'amountYuan',
] as const;
export type DisclosureField = (typeof DISCLOSURE_FIELDS)[number];

const field = (name: DisclosureField, printed: string, unit: DisclosureUnit = 'count'): DisclosureFieldDefinition => ({
  name,
  printed,
  unit,
});
const DOCUMENTS_2019 = [
  field('newlyMade', '本年新制作数量'),
  field('newlyPublished', '本年新公开数量'),
  field('totalPublished', '对外公开总数量'),
];
const ITEMS_2019 = [
  field('lastYearItems', '上一年项目数量', 'items'),
  field('change', '本年增/减', 'items'),
  field('decisions', '处理决定数量'),
];
const DOCUMENTS_2021 = [
  field('issued', '本年制发件数'),
  field('repealed', '本年废止件数'),
  field('inForce', '现行有效件数'),
];
const DECISIONS_2021 = [field('decisions', '本年处理决定数量')];

// The articles of the regulations' 第二十条 table 二's rows are printed under.
const ITEM_1 = '第二十条第（一）项';
const ITEM_5 = '第二十条第（五）项';
const ITEM_6 = '第二十条第（六）项';
const ITEM_8 = '第二十条第（八）项';
const ITEM_9 = '第二十条第（九）项';

/** Table 二's rows per template, in printed order. */
export const DISCLOSURE_TABLE: Readonly<Record<TemplateYear, readonly DisclosureRowDefinition[]>> = {
  '2019': [
    { key: 'regulations', section: ITEM_1, label: '规章', keys: ['规章'], fields: DOCUMENTS_2019 },
    {
      key: 'normativeDocuments',
      section: ITEM_1,
      label: '规范性文件',
      keys: ['规范性文件'],
      fields: DOCUMENTS_2019,
    },
    { key: 'licensing', section: ITEM_5, label: '行政许可', keys: ['行政许可'], fields: ITEMS_2019 },
    {
      key: 'otherServices',
      section: ITEM_5,
      label: '其他对外管理服务事项',
      keys: ['对外管理服务', '其他对外管理'],
      fields: ITEMS_2019,
    },
    { key: 'punishment', section: ITEM_6, label: '行政处罚', keys: ['行政处罚'], fields: ITEMS_2019 },
    { key: 'enforcement', section: ITEM_6, label: '行政强制', keys: ['行政强制'], fields: ITEMS_2019 },
    {
      key: 'fees',
      section: ITEM_8,
      label: '行政事业性收费',
      keys: ['事业性收费', '行政事业性'],
      fields: ITEMS_2019.slice(0, 2),
    },
    {
      key: 'procurement',
      section: ITEM_9,
      label: '政府集中采购',
      keys: ['集中采购'],
      fields: [
        field('items', '采购项目数量', 'items'),
        { name: 'amountYuan', printed: '采购总金额', unit: 'yuan', defaultScale: 1 },
      ],
    },
  ],
  '2021': [
    { key: 'regulations', section: ITEM_1, label: '规章', keys: ['规章'], fields: DOCUMENTS_2021 },
    {
      key: 'normativeDocuments',
      section: ITEM_1,
      label: '行政规范性文件',
      keys: ['规范性文件'],
      fields: DOCUMENTS_2021,
    },
    { key: 'licensing', section: ITEM_5, label: '行政许可', keys: ['行政许可'], fields: DECISIONS_2021 },
    { key: 'punishment', section: ITEM_6, label: '行政处罚', keys: ['行政处罚'], fields: DECISIONS_2021 },
    { key: 'enforcement', section: ITEM_6, label: '行政强制', keys: ['行政强制'], fields: DECISIONS_2021 },
    {
      key: 'fees',
      section: ITEM_8,
      label: '行政事业性收费',
      keys: ['事业性收费', '行政事业性'],
      fields: [
        {
          name: 'amountYuan',
          printed: '本年收费金额（万元）',
          header: '本年收费金额（单位：万元）',
          unit: 'yuan',
          defaultScale: 10000,
        },
      ],
    },
  ],
};

/** The row in a template, or undefined where that template has no such row. */
export function disclosureRow(template: TemplateYear, row: DisclosureRow): DisclosureRowDefinition | undefined {
  return DISCLOSURE_TABLE[template].find((definition) => definition.key === row);
}

/**
 * The columns a row has in any of `templates`, each once, in the order met: the row's columns in the first
 * template, then those only the next prints.
 */
export function disclosureFields(
  row: DisclosureRow,
  templates: readonly TemplateYear[] = TEMPLATE_YEARS,
): DisclosureFieldDefinition[] {
  const seen = new Map<DisclosureField, DisclosureFieldDefinition>();
  for (const template of templates)
    for (const definition of disclosureRow(template, row)?.fields ?? [])
      if (!seen.has(definition.name)) seen.set(definition.name, definition);
  return [...seen.values()];
}

/**
 * The printed header of a row's column in a template; where that template lacks the row or column, the header
 * the other template prints; undefined for a column no template gives the row.
 */
export function printedDisclosureField(
  template: TemplateYear,
  row: DisclosureRow,
  name: DisclosureField,
): string | undefined {
  const found = (year: TemplateYear) => disclosureRow(year, row)?.fields.find((definition) => definition.name === name);
  return (found(template) ?? TEMPLATE_YEARS.map(found).find((definition) => definition !== undefined))?.printed;
}

/** One printed group of table 二: its article's heading row, one header row over its columns, then its rows. */
export interface DisclosureSection {
  readonly section: string;
  readonly fields: readonly DisclosureFieldDefinition[];
  readonly rows: readonly DisclosureRowDefinition[];
}

/** Table 二 of a template as printed: its rows grouped under their articles, in order. */
export function disclosureSections(template: TemplateYear): DisclosureSection[] {
  const sections: { section: string; fields: readonly DisclosureFieldDefinition[]; rows: DisclosureRowDefinition[] }[] =
    [];
  for (const row of DISCLOSURE_TABLE[template]) {
    const last = sections.at(-1);
    if (last?.section === row.section) last.rows.push(row);
    else sections.push({ section: row.section, fields: row.fields, rows: [row] });
  }
  return sections;
}

/** A column's header cell as the template prints it. */
export function disclosureHeader(field: DisclosureFieldDefinition): string {
  return field.header ?? field.printed;
}
