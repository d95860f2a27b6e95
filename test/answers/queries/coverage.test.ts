// Coverage: everyday questions the engine used to answer with a safe clarify although their words name one figure
// exactly. Each class is read through the vocabulary of the table definitions (labels plus everyday paraphrases);
// a phrasing that stays truly ambiguous is still a clarify, and those traps are rows here too.
import { describe } from 'vitest';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };
const lg = (metric: string) => ({ ...LG22, metric });
const ns = (metric: string) => ({ ...NS20, metric });

describe('class 1: table 三 rows in long everyday words', () => {
  table.run([
    ['龙岗区2022年因为危及三安全一稳定不予公开的有几件', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年因危及国家安全不予公开的', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年因为会危害国家安全而不公开的有多少', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年危及公共安全、经济安全、社会稳定不公开的', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年因保护第三方合法权益而不予公开的', lg('applications.denied.thirdParty.total')],
    ['龙岗区2022年为了保护第三方合法权益没公开的多少件', lg('applications.denied.thirdParty.total')],
    ['龙岗区2022年涉及第三方权益不予公开的', lg('applications.denied.thirdParty.total')],
    ['龙岗区2022年侵犯第三方合法权益不公开的有几件', lg('applications.denied.thirdParty.total')],
    ['龙岗区2022年因涉及国家秘密不公开的', lg('applications.denied.stateSecret.total')],
    ['龙岗区2022年因为需要另行制作所以无法提供的有多少', lg('applications.unavailable.needsCreation.total')],
    ['龙岗区2022年本机关没有这个信息的有多少', lg('applications.unavailable.notHeld.total')],
    ['龙岗区2022年要求确认或重新出具已获取信息的有几件', lg('applications.notProcessed.confirmation.total')],
    ['龙岗区2022年要求重新出具已经获取的信息的', lg('applications.notProcessed.confirmation.total')],
    ['龙岗区2022年无正当理由大量反复申请的', lg('applications.notProcessed.excessive.total')],
    ['龙岗区2022年因为重复申请而不予处理的', lg('applications.notProcessed.duplicate.total')],
    ['龙岗区2022年申请人逾期不补正不再处理的', lg('applications.otherHandling.overdueCorrection.total')],
    ['龙岗区2022年申请人没补充材料的', lg('applications.otherHandling.overdueCorrection.total')],
    ['龙岗区2022年申请人逾期未按收费通知要求缴纳费用的', lg('applications.otherHandling.overdueFee.total')],
    ['龙岗区2022年没交钱的有几件', lg('applications.otherHandling.overdueFee.total')],
    ['龙岗区2022年申请人没交费的有多少', lg('applications.otherHandling.overdueFee.total')],
    ['龙岗区2022年因为没交费不再处理的', lg('applications.otherHandling.overdueFee.total')],
    ['龙岗区2022年逾期未缴纳费用的', lg('applications.otherHandling.overdueFee.total')],
    ['南山区2020年逾期不交钱的', ns('applications.otherHandling.overdueFee.total')],
    ['龙岗区2022年不再处理的有几件', lg('applications.otherHandling.total')],
    ['龙岗区2022年年底还没办完转到下年的有多少', lg('applications.carriedForward.total')],
    ['龙岗区2022年年底没办完的', lg('applications.carriedForward.total')],
    ['龙岗区2022年还没办完的申请有多少', lg('applications.carriedForward.total')],
    ['龙岗区2022年留到明年办的申请', lg('applications.carriedForward.total')],
    ['龙岗区2022年从上一年带过来的申请有多少', lg('applications.carriedOver.total')],
    ['龙岗区2022年从去年结转过来的申请', lg('applications.carriedOver.total')],
    ['龙岗区2022年上一年度结转的申请', lg('applications.carriedOver.total')],
    ['南山区2020年去年遗留下来的申请', ns('applications.carriedOver.total')],
    ['龙岗区2022年没公开的有多少', lg('applications.denied.total')],
  ]);
});

describe('class 1: table 四 results in everyday words', () => {
  table.run([
    ['龙岗区2022年复议维持原决定的几件', lg('reviewLitigation.review.upheld')],
    ['龙岗区2022年复议还没出结果的', lg('reviewLitigation.review.pending')],
    ['龙岗区2022年行政诉讼还没有判决的', lg('reviewLitigation.litigation.pending')],
    ['龙岗区2022年复议后又去法院起诉的', lg('reviewLitigation.litigationAfterReview.total')],
    ['龙岗区2022年经过复议后又起诉的', lg('reviewLitigation.litigationAfterReview.total')],
    ['龙岗区2022年复议后提起诉讼的有几件', lg('reviewLitigation.litigationAfterReview.total')],
    ['龙岗区2022年先复议再起诉的', lg('reviewLitigation.litigationAfterReview.total')],
    ['南山区2020年复议不服又告到法院的', ns('reviewLitigation.litigationAfterReview.total')],
  ]);
});

describe('class 1 traps: words that name no one figure stay a clarify', () => {
  table.run([
    // 交费 without a negation is no row (the row is the fee NOT paid).
    ['龙岗区2022年交费的申请', { clarify: ['applications.otherHandling.overdueFee.total'], query: LG22 }],
    // 办完 alone is not a printed word of either 办理结果 or 结转: both are offered.
    ['龙岗区2022年办完的有多少', { clarify: ['applications.total.total'], query: LG22 }],
    // Unfinished review and carried-forward applications are two tables' figures.
    [
      '龙岗区2022年行政复议还没办完的',
      { clarify: ['reviewLitigation.review.total', 'applications.carriedForward.total'], query: LG22 },
    ],
    ['龙岗区2022年诉讼被终止的', 'not_understood'],
  ]);
});
