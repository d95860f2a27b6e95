// Whether one Chinese character can be typed for another by its sound: the slip of a pinyin input method (附 for 复,
// 清 for 请, 按 for 安, 三 for 山). Shared by the misspellings of table words and of organ names.
import { pinyin } from 'pinyin-pro';

/** Readings without tones, the sounds many speakers merge folded together (zh/z, ch/c, sh/s, n/l, -ng/-n). */
function sounds(char: string): string[] {
  return pinyin(char, { toneType: 'none', multiple: true, type: 'array' }).map((reading) =>
    reading
      .replace(/^([zcs])h/u, '$1')
      .replace(/^l/u, 'n')
      .replace(/ng$/u, 'n'),
  );
}

/** Readings without tones, as typed. */
const typed = (char: string): string[] => pinyin(char, { toneType: 'none', multiple: true, type: 'array' });

/**
 * Whether one character's pinyin is one key from the other's (卡 ka / 开 kai, 急 ji / 息 xi): a key pressed, missed
 * or hit beside it while typing the word. Looser than soundsAlike, so for long words only.
 */
export function typedAlike(written: string, meant: string): boolean {
  const meantReadings = typed(meant);
  return typed(written).some((reading) => meantReadings.some((other) => isOneKeyApart(reading, other)));
}

/** Two readings one letter added, dropped or changed apart (never the same: that is soundsAlike). */
function isOneKeyApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** Whether two characters can be typed for each other by their sound (附/复 fu, 述/诉 s(h)u, 已/以 yi). */
export function soundsAlike(written: string, meant: string): boolean {
  const heard = new Set(sounds(meant));
  return sounds(written).some((reading) => heard.has(reading));
}
