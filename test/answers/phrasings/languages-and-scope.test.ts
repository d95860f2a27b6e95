// Questions phrased the ways people ask in a chat group (Traditional, English, and what is out of scope), none of them in questions.json or the other
// answer tests. Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt
// --json`); shares are rounded to one decimal as the engine states them. `values`: each must be among the facts; a
// single value must be the first fact. no_data, clarify and not_understood state no number at all.
import { describe } from 'vitest';
import { LONGGANG, LONGHUA_DATA, NANSHAN, useSampleEngine } from '../sample-store.js';

const sample = useSampleEngine();
const { run } = sample;

describe('Traditional characters and English', () => {
  run([
    ['龍崗區2022年收到多少政府資訊公開申請？', 'answered', [552], [LONGGANG]],
    ['南山區2020年行政訴訟多少件', 'answered', [4], [NANSHAN]],
    ['龍崗區2022年行政復議情況', 'answered', [15, 7, 2, 1, 5], [LONGGANG]],
    ['哪個單位2020年收到的申請最多', 'answered', [262], [NANSHAN]],
    ['How many requests did Longgang get in 2022?', 'answered', [552], [LONGGANG]],
    ['Which organ had the most applications in 2020?', 'answered', [262], [NANSHAN]],
    ['Which agency received the fewest requests in 2020?', 'answered', [1], [LONGHUA_DATA]],
    ['How many lawsuits did Longgang have in 2022?', 'answered', [38], [LONGGANG]],
    ['How many administrative reconsideration cases did Nanshan have in 2020?', 'answered', [5], [NANSHAN]],
    ['How many requests were denied by Longgang in 2022?', 'answered', [30], [LONGGANG]],
    ['How many requests were granted by Nanshan in 2020?', 'answered', [100], [NANSHAN]],
    ['How many applications from natural persons did Longgang receive in 2022?', 'answered', [489], [LONGGANG]],
    ['How many applications from businesses did Nanshan get in 2020?', 'answered', [22], [NANSHAN]],
    ['Longgang 2022 litigation?', 'answered', [38], [LONGGANG]],
    ['Which agencies had litigation in 2020?', 'answered', [4], [NANSHAN]],
    ['Longhua data bureau procurement amount 2020', 'answered', [456880], [LONGHUA_DATA]],
    ['How many administrative penalty decisions did Nanshan make in 2020?', 'answered', [1767], [NANSHAN]],
    ['How many applications did Longgang process in 2022?', 'answered', [535], [LONGGANG]],
    [
      'How many requests were refused by Nanshan in 2020 because the information did not exist?',
      'answered',
      [4, 51],
      [NANSHAN],
    ],
    ['How many lawsuits were filed directly against Longgang in 2022?', 'answered', [32], [LONGGANG]],
    ['How many regulations did Longgang issue in 2022?', 'answered', [0], [LONGGANG]],
    ['Is the Longhua data bureau report consistent?', 'answered', [], [LONGHUA_DATA]],
    ['龍崗區2022年行政處罰決定數', 'answered', [34389], [LONGGANG]],
    ['南山區2020年政府集中採購項目數量', 'answered', [2502], [NANSHAN]],
    ['龍華區數據局2020年收到幾件申請', 'answered', [1], [LONGHUA_DATA]],
    ['龍崗區2022年自然人申請佔比', 'answered', [489, 552, 88.6], [LONGGANG]],
  ]);

  run([
    ['龍岗區2022年收到多少申請', 'answered', [552], [LONGGANG]],
    ['南山區2020年行政訴訟', 'answered', [4], [NANSHAN]],
    ['How many requests did Nanshan receive in 2020?', 'answered', [262], [NANSHAN]],
    ['How many lawsuits did Longgang face in 2022?', 'answered', [38], [LONGGANG]],
    ['Longgang 2022 reconsideration cases', 'answered', [15], [LONGGANG]],
    ['@年报助手 南山区2020年申请数', 'answered', [262], [NANSHAN]],
    ['@bot 龙岗区2022年复议多少？？', 'answered', [15], [LONGGANG]],
    ['龙岗区2022年行政诉讼多少啊😅', 'answered', [38], [LONGGANG]],
    ['南山区 2020 年 收到 申请 多少', 'answered', [262], [NANSHAN]],
    ['【求助】龙岗区2022年复议案件数', 'answered', [15], [LONGGANG]],
    ['南山区2020年申请多少嘛', 'answered', [262], [NANSHAN]],
    ['龙岗区2022年的申请情况怎么样呀', 'answered', [552, 489, 51, 8, 4], [LONGGANG]],
    ['How many administrative penalties did Longgang issue in 2022?', 'answered', [34389], [LONGGANG]],
    ["What is Nanshan's disclosure rate?", 'answered', [149, 235, 63.4], [NANSHAN]],
    ['Nanshan 2020 proactive disclosure', 'answered', [8, 8759, 2502], [NANSHAN]],
    ['龍華數據局2020年收到幾件申請', 'answered', [1], [LONGHUA_DATA]],
  ]);
});

describe('out of scope: not_understood, never a number', () => {
  run([
    ['今天天气怎么样', 'not_understood', [], []],
    ['帮我写一首诗', 'not_understood', [], []],
    ['深圳的GDP是多少', 'not_understood', [], []],
    ['龙岗区的人口有多少', 'not_understood', [], []],
    ['龙岗区2022年的GDP', 'not_understood', [], []],
    ['龙岗区2022年财政收入多少', 'not_understood', [], []],
    ['南山区有多少人口', 'not_understood', [], []],
    ['2022年龙岗区天气', 'not_understood', [], []],
    ['哪些单位GDP最高', 'not_understood', [], []],
    ['What is the population of Longgang?', 'not_understood', [], []],
    ['What is the weather in Shenzhen?', 'not_understood', [], []],
    ['龙岗区2022年依申请公开的平均答复时间', 'not_understood', [], []],
    ['龙岗区2022年答复期限内办结率', 'not_understood', [], []],
    ['龙岗区2022年政务微博发布多少条', 'not_understood', [], []],
    ['南山区2020年政府网站发布信息数', 'not_understood', [], []],
    ['What was the average response time in Longgang in 2022?', 'not_understood', [], []],
    ['2022年', 'not_understood', [], []],
  ]);

  run([
    ['龙岗区今年的天气怎么样', 'not_understood', [], []],
    ['南山区2020年常住人口多少', 'not_understood', [], []],
    ['给我讲个笑话吧', 'not_understood', [], []],
    ['龙岗区2022年GDP是多少', 'not_understood', [], []],
  ]);
});
