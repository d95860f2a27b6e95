// Table 三 (收到和处理政府信息公开申请情况): what people call each row and applicant column. The rows, columns,
// printed labels and groups come from the table's definition in the parser; only the words are here.
import {
  APPLICANT_COLUMN_GROUPS,
  APPLICANT_COLUMN_NAMES,
  APPLICATION_ROW_DEFINITIONS,
  APPLICATION_ROW_GROUPS,
  type ApplicantColumn,
  type ApplicantColumnGroup,
  type ApplicationRow,
  type ApplicationRowGroup,
  OUTCOME_ROWS,
} from '../../parser/index.js';
import { paraphrases } from './paraphrase.js';
import type { TermSpec } from './term.js';

/** A row of table 三, or a group of rows that people ask about as one (不予公开 = its eight reasons). */
export interface ApplicationRowSpec extends TermSpec {
  /** The row label as printed in the report, quoted in the source. */
  readonly printed: string;
  /** Canonical rows summed for a group; absent for a single row. */
  readonly parts?: readonly ApplicationRow[];
  /** Part of the outcome rows that add up to （七）总计 (so a share of it makes sense). */
  readonly isOutcome: boolean;
}

/** An applicant column of table 三, or the 法人或其他组织 group of the five non-natural columns. */
export interface ApplicantColumnSpec extends TermSpec {
  readonly printed: string;
  readonly parts?: readonly ApplicantColumn[];
}

/** Sums people ask for that the table prints under no heading (公开率: disclosed fully or in part). */
const ASKED_ROW_GROUPS = {
  disclosed: { printed: '（一）予以公开 +（二）部分公开', rows: ['granted', 'partial'] },
} as const satisfies Record<string, { readonly printed: string; readonly rows: readonly ApplicationRow[] }>;

type ApplicationTermKey = ApplicationRow | ApplicationRowGroup | keyof typeof ASKED_ROW_GROUPS;

const ROW_GROUPS: Readonly<Record<string, { readonly printed: string; readonly rows: readonly ApplicationRow[] }>> = {
  ...APPLICATION_ROW_GROUPS,
  ...ASKED_ROW_GROUPS,
};

const isOutcomeRow = (row: ApplicationRow): boolean => OUTCOME_ROWS.includes(row);

/** A row's label as the table prints it (补正后申请内容仍不明确) is a word for it; short or numbered ones (总计, 3其他) are not. */
const LABEL_WORD = /^\p{Script=Han}{4,}$/u;

function rowSpec(key: string, words: TermSpec): ApplicationRowSpec {
  const group = ROW_GROUPS[key];
  if (group) return { ...words, printed: group.printed, parts: group.rows, isOutcome: group.rows.every(isOutcomeRow) };
  const row = key as ApplicationRow;
  const { label, printed } = APPLICATION_ROW_DEFINITIONS[row];
  const zh = LABEL_WORD.test(label) && !words.zh.includes(label) ? [...words.zh, label] : words.zh;
  return { ...words, zh, printed, isOutcome: isOutcomeRow(row) };
}

function columnSpec(key: string, words: TermSpec): ApplicantColumnSpec {
  const group = (
    APPLICANT_COLUMN_GROUPS as Readonly<Record<string, (typeof APPLICANT_COLUMN_GROUPS)[ApplicantColumnGroup]>>
  )[key];
  if (group) return { ...words, printed: group.printed, parts: group.columns };
  return { ...words, printed: APPLICANT_COLUMN_NAMES[key as ApplicantColumn] };
}

/** 其他处理中的其他, 其他处理里第3项“其他”: the third sub-row of （六）其他处理, however the way to it is written. */
const OTHER_OF_OTHER_HANDLING: readonly string[] = [
  '中',
  '里',
  '里面',
  '当中',
  '中的',
  '里的',
  '里面的',
  '当中的',
  '的',
  '',
].flatMap((joiner) =>
  ['第3项', '第三项', '3.', ''].flatMap((item) =>
    ['其他', '其他情形', '的其他', '“其他”', ''].flatMap((tail) =>
      item === '' && tail === '' ? [] : [`其他处理${joiner}${item}${tail}`],
    ),
  ),
);

/** 从上一年带过来的 / 去年转过来的: applications brought in from the year before (上年结转), never a year of their own. */
const FROM_LAST_YEAR: readonly string[] = paraphrases(
  ['', '从', '由'],
  ['上年', '上一年', '上年度', '上一年度', '去年', '前一年', '往年'],
  ['结转', '转', '带', '留', '遗留', '积压'],
  ['过来', '来', '下来', '进来', '到本年', '到今年', '至本年'],
);

/** 年底还没办完的 / 转到下一年的: applications still open at year end (结转下年度继续办理). */
const INTO_NEXT_YEAR: readonly string[] = [
  ...paraphrases(
    ['', '年底', '年末', '年终', '截至年底', '到年底'],
    ['', '还', '仍', '尚'],
    ['没', '没有', '未'],
    ['办完', '办结', '处理完', '办理完', '办理完毕', '答复完', '办理完成', '处理完成'],
  ),
  // 拖到下一年办: the applications carried forward, with the verb people use for the delay.
  ...paraphrases(
    ['转', '结转', '带', '留', '顺延', '延续', '拖', '推', '压'],
    ['到', '入', '至', ''],
    ['下年', '下一年', '下年度', '下一年度', '明年', '次年', '第二年'],
    ['', '办', '再办', '办理', '处理', '去办'],
  ),
];

/** 逾期没交费 / 没交钱 / 未缴纳费用: the applicant did not pay the fee; the negation is what names the row. */
const FEE_UNPAID: readonly string[] = paraphrases(
  ['', '逾期', '过期', '到期', '申请人', '申请人逾期'],
  ['没', '没有', '未', '不', '拒不', '未按时', '没按时', '未按要求'],
  ['交', '缴', '缴纳', '交纳', '付', '支付'],
  ['费', '钱', '费用', '款'],
);

/** 危及国家安全 / 危害社会稳定: the 三安全一稳定 (national, public, economic security and social stability). */
const THREE_SAFETY: readonly string[] = [
  '三安全一稳定',
  '危及三安全一稳定',
  ...paraphrases(['', '危及', '危害', '影响', '威胁'], ['国家安全', '公共安全', '经济安全', '社会稳定', '安全稳定']),
  '危及',
  '危害',
];

/** What people call each row and row group of table 三; every row of the table's definition must have words. */
const ROW_WORDS: Readonly<Record<ApplicationTermKey, TermSpec>> = {
  newReceived: {
    zh: ['收到', '新收', '受理', '接到', '接收', '新申请'],
    en: [
      'receive',
      'received',
      'new application',
      'new request',
      'newly received',
      'got',
      // new information disclosure requests: the kind of request written inside the figure's name.
      ...paraphrases(
        ['new '],
        ['information ', 'disclosure ', 'information disclosure ', 'government information '],
        ['request', 'application'],
      ),
    ],
    weak: {
      // 收了几件申请 / 多收了多少: 收 alone is the 收到 of chat; weak, so 收费 or a figure named beside it wins.
      // 来了多少件 / 有几个人来申请: what came in; 多少条信息公开申请: their measure word, beside them only.
      zh: [
        '申请',
        '申请数',
        '申请量',
        '依申请公开',
        // 依申请件数 / 收到的依申请: the applications as the table's heading (依申请公开) shortens them.
        '依申请',
        '提交',
        '提出',
        '收',
        '收了',
        '来了',
        '来申请',
        ...paraphrases(['条'], ['', '信息公开', '政府信息公开', '依'], ['申请']),
      ],
      en: ['application', 'request', 'applied', 'apply'],
    },
    label: { zh: '收到政府信息公开申请', en: 'new information disclosure applications received' },
  },
  carriedOver: {
    zh: ['上年结转', '上年度结转', '从上年结转', '结转自上年', '上一年结转', '上一年度结转', ...FROM_LAST_YEAR],
    en: [
      'carried over',
      'brought forward',
      'from the previous year',
      'carried over from the previous year',
      'carry over from the previous year',
      'carried over from last year',
      'carry over from last year',
      'carryover from the previous year',
      'carried over from the year before',
      'carry over from the year before',
    ],
    label: { zh: '上年结转申请', en: 'applications carried over from the previous year' },
  },
  granted: {
    zh: [
      '予以公开',
      '全部公开',
      '同意公开',
      '准予公开',
      '被公开',
      '获得公开',
      '得到公开',
      '获公开',
      '给公开',
      '给予公开',
    ],
    en: ['granted', 'grant', 'granted in full', 'disclosed in full', 'fully disclosed', 'fully granted', 'approved'],
    label: { zh: '予以公开', en: 'granted in full' },
  },
  partial: {
    zh: ['部分公开', '区分处理'],
    en: ['partially granted', 'partially disclosed', 'partial disclosure', 'partly disclosed'],
    label: { zh: '部分公开', en: 'partially granted' },
  },
  // 公开率: what a disclosure officer reports as the share disclosed, fully or in part, of all handled. Never
  // 予以公开和部分公开: joined by 和 they are two figures, each asked (its own share).
  disclosed: {
    zh: ['公开率', '总公开率', '公开比例', '公开比率', '予以公开加部分公开', '全部或部分公开', '全部公开加部分公开'],
    en: [
      'disclosure rate',
      'granted in full or in part',
      'granted fully or partly',
      'fully or partially granted',
      'fully or partly disclosed',
    ],
    label: { zh: '予以公开和部分公开', en: 'granted in full or in part' },
  },
  denied: {
    zh: [
      '不予公开',
      '拒绝公开',
      '不公开',
      '没有公开',
      '没公开',
      '没给公开',
      '不给公开',
      '未公开',
      '拒绝',
      '被拒',
      '被拒绝',
      '驳回申请',
    ],
    en: [
      'denied',
      'deny',
      'denial',
      'denials',
      'refused',
      'refuse',
      'rejected',
      'withheld',
      'not disclosed',
      'turned down',
      'declined',
    ],
    label: { zh: '不予公开', en: 'denied' },
  },
  'denied.stateSecret': {
    zh: ['国家秘密', '涉密'],
    en: ['state secret', 'classified', 'secret'],
    label: { zh: '因属于国家秘密不予公开', en: 'denied as state secrets' },
  },
  'denied.lawForbidden': {
    zh: ['法律行政法规禁止', '法律法规禁止', '禁止公开', '其他法律行政法规禁止', '其他法律法规禁止'],
    en: ['forbidden by law', 'prohibited by law'],
    label: { zh: '因其他法律行政法规禁止公开不予公开', en: 'denied as forbidden by other laws' },
  },
  'denied.threeSafety': {
    zh: ['三安全', '危及安全', ...THREE_SAFETY],
    en: ['endanger security', 'three safeties'],
    label: { zh: '因危及“三安全一稳定”不予公开', en: 'denied as endangering security and stability' },
  },
  'denied.thirdParty': {
    zh: paraphrases(
      ['', '保护', '涉及', '侵犯', '侵害', '损害', '影响'],
      ['第三方', '第三人', '他人'],
      ['', '合法权益', '权益', '利益', '隐私', '商业秘密', '个人隐私'],
    ).filter((word) => word !== '他人'),
    en: [
      'third party',
      'third-party',
      'third-party rights',
      'third party rights',
      ...['protect', 'protecting', 'to protect', 'for protecting'].flatMap((verb) =>
        ['third-party rights', 'third party rights', 'third parties', 'third party', 'third-party'].map(
          (whom) => `${verb} ${whom}`,
        ),
      ),
      'privacy',
      'personal privacy',
      'trade secret',
      'commercial secret',
    ],
    label: { zh: '因保护第三方合法权益不予公开', en: 'denied to protect third parties' },
  },
  'denied.internal': {
    zh: ['内部事务', '三类内部事务'],
    en: ['internal affairs'],
    label: { zh: '因属于三类内部事务信息不予公开', en: 'denied as internal affairs' },
  },
  'denied.process': {
    zh: ['过程性信息', '四类过程性', '过程性'],
    en: ['process information', 'deliberative'],
    label: { zh: '因属于四类过程性信息不予公开', en: 'denied as process information' },
  },
  'denied.enforcementFile': {
    zh: ['行政执法案卷', '执法案卷'],
    en: ['enforcement file', 'case file'],
    label: { zh: '因属于行政执法案卷不予公开', en: 'denied as enforcement case files' },
  },
  'denied.query': {
    zh: ['行政查询', '查询事项', '行政查询事项'],
    en: ['administrative query', 'administrative queries', 'administrative query matter', 'query matter'],
    label: { zh: '因属于行政查询事项不予公开', en: 'denied as administrative queries' },
  },
  unavailable: {
    zh: ['无法提供', '不能提供', '未能提供'],
    en: ['unavailable', 'could not be provided', 'cannot be provided', 'not available'],
    label: { zh: '无法提供', en: 'unavailable' },
  },
  'unavailable.notHeld': {
    zh: [
      '不掌握',
      '本机关不掌握',
      '信息不存在',
      '没有掌握',
      '未掌握',
      '没掌握',
      // 不掌握相关信息: the printed label as people shorten it.
      ...paraphrases(['', '本机关'], ['不掌握', '没有掌握', '未掌握', '没掌握'], ['', '相关'], ['信息', '政府信息']),
      ...paraphrases(
        ['本机关', '机关', ''],
        ['没有', '没', '无'],
        ['这个', '这些', '该', '相关', '这方面的', '此类'],
        ['信息', '政府信息'],
      ),
      // 查无此信息: what the reply to the applicant says.
      '查无此信息',
      '查无此',
      '查无',
    ],
    en: [
      'not held',
      'does not hold',
      'did not hold',
      'not in possession',
      'did not exist',
      'does not exist',
      'not exist',
      'nonexistent',
      'no such information',
      ...paraphrases(
        ['did not have', 'does not have', 'do not have'],
        [' the information', ' it', ' that information'],
      ),
    ],
    label: { zh: '因本机关不掌握相关政府信息无法提供', en: 'unavailable because the information is not held' },
  },
  'unavailable.needsCreation': {
    zh: ['另行制作', '没有现成信息', '需要制作', '需另行制作', '需要另行制作'],
    en: ['would have to be created', 'needs creation', 'not readily available'],
    label: { zh: '因没有现成信息需要另行制作无法提供', en: 'unavailable because it would have to be created' },
  },
  'unavailable.unclear': {
    zh: ['仍不明确', '内容不明确', '补正后'],
    en: ['unclear', 'still unclear'],
    label: { zh: '因补正后申请内容仍不明确无法提供', en: 'unavailable because the request stayed unclear' },
  },
  notProcessed: {
    zh: ['不予处理', '不处理'],
    en: ['not processed', 'not handled'],
    label: { zh: '不予处理', en: 'not processed' },
  },
  'notProcessed.complaint': {
    zh: ['信访', '举报', '投诉', '信访举报投诉'],
    en: ['complaint', 'petition', 'petition or complaint', 'complaint or petition', 'complaint type', 'petition type'],
    label: { zh: '因属于信访举报投诉类申请不予处理', en: 'not processed as complaints or petitions' },
  },
  'notProcessed.duplicate': {
    zh: ['重复申请'],
    en: ['duplicate', 'repeated application', 'repeat request', 'repeated request'],
    label: { zh: '因重复申请不予处理', en: 'not processed as duplicates' },
  },
  'notProcessed.publication': {
    // 有人要公开出版物吗 / 索要出版物: the 要求提供 of the label as people say it.
    zh: paraphrases(['', '申请人'], ['', '要', '要求', '索要', '索取', '想要'], ['', '提供'], ['公开出版物', '出版物']),
    en: ['publication'],
    label: { zh: '因要求提供公开出版物不予处理', en: 'not processed as requests for publications' },
  },
  'notProcessed.excessive': {
    zh: ['大量反复', '大量反复申请', '反复申请', '无正当理由', '无正当理由大量反复申请'],
    en: ['excessive', 'vexatious'],
    label: { zh: '因无正当理由大量反复申请不予处理', en: 'not processed as excessive repeated requests' },
  },
  'notProcessed.confirmation': {
    zh: [
      '确认或重新出具',
      '重新出具',
      // 要求行政机关确认: the label's opening words, the 确认 of a request to an organ.
      ...paraphrases(['', '申请人'], ['要求'], ['', '行政机关', '机关'], ['确认', '重新出具', '确认或重新出具']),
      ...paraphrases(['', '已', '已经'], ['获取', '获得', '拿到'], ['', '的'], ['信息', '政府信息']),
    ],
    en: ['confirmation', 'reissue'],
    label: {
      zh: '因要求确认或重新出具已获取信息不予处理',
      en: 'not processed as requests to confirm or reissue information',
    },
  },
  otherHandling: {
    zh: ['其他处理', '其它处理'],
    en: ['otherwise handled', 'other handling'],
    // 不再处理 (终止) closes every sub-row's label: alone it is the row, beside a sub-row's own words that sub-row.
    weak: { zh: ['不再处理', '终止办理', '终止处理'], en: [] },
    label: { zh: '其他处理', en: 'otherwise handled' },
  },
  'otherHandling.overdueCorrection': {
    zh: [
      '逾期不补正',
      '不补正',
      // 无正当理由逾期不补正: the label's own words; 无正当理由 alone is 大量反复申请's.
      ...paraphrases(['', '申请人'], ['无正当理由'], ['', '逾期'], ['不补正', '未补正']),
      ...paraphrases(
        ['', '逾期', '申请人', '申请人逾期'],
        ['不', '没', '没有', '未'],
        ['补正', '补充', '补齐', '补材料', '补充材料'],
      ),
      // 让补正材料但没补: asked to complete the request, and it was not.
      ...paraphrases(
        ['', '让', '要求', '通知'],
        ['补正', '补正材料', '补材料'],
        ['', '但', '但是', '却', '后', '了但'],
        ['没补', '没有补', '未补', '不补', '没补正'],
      ),
    ],
    en: ['did not supplement', 'failed to correct'],
    label: { zh: '因申请人逾期不补正不再处理', en: 'dropped because the applicant did not supplement the request' },
  },
  'otherHandling.overdueFee': {
    zh: [
      '逾期未缴费',
      '未缴纳费用',
      ...paraphrases(
        ['', '逾期', '申请人', '申请人逾期'],
        ['未按', '未按照', '没按'],
        ['收费通知'],
        ['', '要求缴纳费用', '缴纳费用', '缴费'],
      ),
      ...FEE_UNPAID,
    ],
    // closed because applicants did not pay fees: the applicant is the row's own subject, no breakdown by applicant;
    // closed alone is any request handled.
    en: [
      'unpaid fee',
      ...paraphrases(
        ['', 'closed because ', 'dropped because '],
        ['', 'applicant ', 'the applicant '],
        ['did not pay', 'failed to pay'],
        ['', ' fee', ' the fee'],
      ),
    ],
    label: { zh: '因申请人逾期未缴纳费用不再处理', en: 'dropped because the applicant did not pay the fee' },
  },
  'otherHandling.other': {
    zh: ['其他情形', ...OTHER_OF_OTHER_HANDLING],
    en: [],
    label: { zh: '其他处理中的“其他”', en: 'otherwise handled (other)' },
  },
  total: {
    zh: [
      '办理',
      '办结',
      '处理了',
      '答复了',
      '办理总数',
      '办理结果总计',
      '答复',
      // 已办结的 / 已经处理的 / 办理完成: the applications handled, as people say it.
      ...paraphrases(['已', '已经'], ['办结', '办理', '处理', '答复', '办完']),
      ...paraphrases(['', '已', '已经'], ['办理', '处理', '答复'], ['完成', '完毕']),
    ],
    en: ['handled', 'processed', 'answered', 'replied', 'handle', 'process', 'dealt with'],
    label: { zh: '办理申请（办理结果总计）', en: 'applications handled (all outcomes)' },
  },
  carriedForward: {
    zh: [
      '结转下年',
      '结转下年度',
      '结转到下年',
      '下年度继续办理',
      '继续办理',
      '结转下一年',
      '未办结',
      '结转到下一年',
      '结转至下年度',
      '转入下年度',
      '转入下年度办理',
      '结转下年度办理',
      '下年度办理',
      '转入下一年',
      '转到下一年',
      '留到下一年',
      '跨年办理',
      ...INTO_NEXT_YEAR,
    ],
    en: [
      'carried forward',
      'carried into next year',
      'still pending at year end',
      'still being processed at year end',
      'still being processed at the end of the year',
      'still open at year end',
      'pending at year end',
      'pending at the end of the year',
      'still pending at the end of the year',
      'not yet concluded at year end',
      'carry forward',
      'carried over to next year',
      'carried over to the next year',
      'carry over to next year',
      'carry over to the next year',
      'carried forward to next year',
      'carried forward to the next year',
      'carry forward to next year',
    ],
    label: { zh: '结转下年度继续办理', en: 'applications carried forward to next year' },
  },
};

/** What people call each applicant column of table 三 and the 法人或其他组织 group. */
const COLUMN_WORDS: Readonly<Record<ApplicantColumn | ApplicantColumnGroup, TermSpec>> = {
  natural: {
    zh: ['自然人', '个人', '公民', '群众', '市民'],
    en: ['natural person', 'individual', 'citizen', 'private person'],
    label: { zh: '自然人', en: 'natural persons' },
  },
  legalPerson: {
    zh: ['法人或其他组织', '法人和其他组织', '法人及其他组织', '法人或者其他组织', '法人'],
    en: ['legal person', 'legal entity', 'legal entities', 'organizations and legal persons'],
    label: { zh: '法人或其他组织', en: 'legal persons and other organizations' },
  },
  commercial: {
    zh: ['商业企业', '企业', '公司'],
    en: ['commercial enterprise', 'business', 'company', 'companies', 'firm'],
    label: { zh: '商业企业', en: 'businesses' },
  },
  research: {
    zh: ['科研机构', '科研单位', '科研', '科研院所', '研究机构', '研究所', '研究院', '高校', '大学'],
    en: ['research institution', 'research'],
    label: { zh: '科研机构', en: 'research institutions' },
  },
  social: {
    zh: ['社会公益组织', '公益组织', '社会组织'],
    en: ['non-profit', 'nonprofit', 'ngo', 'public welfare'],
    label: { zh: '社会公益组织', en: 'non-profit organizations' },
  },
  legal: {
    zh: ['法律服务机构', '律师事务所', '律所', '律师'],
    en: ['law firm', 'lawyer', 'legal service'],
    label: { zh: '法律服务机构', en: 'legal service providers' },
  },
  other: {
    zh: [
      '其他申请人',
      '其他类型申请人',
      '其他类申请人',
      '其他类型的申请人',
      '其他类的申请人',
      '其他主体',
      // 申请人是“其他”类的: the column's name quoted, as the table heads it.
      '“其他”类',
      '“其他”类型',
      '“其他”申请人',
      '“其他”类申请人',
      // 申请人为“其他”的 / 申请人是“其他”: the applicant said to be the column.
      ...paraphrases(['申请人', '申请主体'], ['为', '是', '属于'], ['“其他”', '“其他”类', '其他类']),
      // “其他”法人组织 / 法人或其他组织里的“其他”: the column under its group, never the group (26 for 4).
      ...paraphrases(['“其他”', '其他'], ['法人组织', '法人', '法人或其他组织']),
      ...paraphrases(
        ['法人或其他组织', '法人组织', '法人'],
        ['里', '中', '里的', '中的', '的'],
        ['“其他”', '其他', '其他类'],
      ),
    ],
    en: ['other applicant'],
    label: { zh: '其他申请人', en: 'other applicants' },
  },
  total: {
    zh: [],
    en: [],
    label: { zh: '总计', en: 'total' },
  },
};

/** Rows and row groups of table 三 keyed by canonical row key (groups: disclosed, denied, unavailable, notProcessed). */
export const APPLICATION_ROW_TERMS: Readonly<Record<string, ApplicationRowSpec>> = Object.fromEntries(
  Object.entries(ROW_WORDS).map(([key, words]) => [key, rowSpec(key, words)]),
);

/** Applicant columns of table 三 and the 法人或其他组织 group. */
export const APPLICANT_COLUMN_TERMS: Readonly<Record<string, ApplicantColumnSpec>> = Object.fromEntries(
  Object.entries(COLUMN_WORDS).map(([key, words]) => [key, columnSpec(key, words)]),
);
