// Dates as the digest prints them, in the digest's time zone.

/** `2026年3月2日` */
export function formatDay(date: Date, timeZone: string): string {
  const parts = partsOf(date, timeZone);
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

/** `2026年3月2日 09:00`, or 从未发送 for no date. */
export function formatTime(date: Date | null, timeZone: string): string {
  if (date === null) return '从未发送';
  const parts = partsOf(date, timeZone);
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** True when `date` falls on `weekday` (1 = Monday … 7 = Sunday) in the time zone. */
export function isWeekday(date: Date, weekday: number, timeZone: string): boolean {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(date);
  return WEEKDAYS.indexOf(name) + 1 === weekday;
}

function partsOf(date: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}
