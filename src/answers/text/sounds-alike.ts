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

/** Whether two characters can be typed for each other by their sound (附/复 fu, 述/诉 s(h)u, 已/以 yi). */
export function soundsAlike(written: string, meant: string): boolean {
  const heard = new Set(sounds(meant));
  return sounds(written).some((reading) => heard.has(reading));
}
