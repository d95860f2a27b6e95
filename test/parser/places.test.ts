// The province a place lies in, from the gazetteer (china-area-data): what lets 江苏 name the organs of 淮安市.
import { describe, expect, it } from 'vitest';
import { isPlaceName, placesOneCharFrom, provincesOf } from '../../src/parser/index.js';

describe('provincesOf', () => {
  it.each([
    ['淮安市', ['江苏省']],
    ['深圳市', ['广东省']],
    ['沭阳县', ['江苏省']],
    ['江苏省', ['江苏省']],
    // The OCR's 沐阳县 is no place: it lies in no province.
    ['沐阳县', []],
    ['告由淮安市', []],
  ])('provincesOf(%s)', (name, provinces) => {
    expect([...provincesOf(name)]).toEqual(provinces);
  });

  it('a district name several cities have lies in each of their provinces', () => {
    expect(provincesOf('鼓楼区').size).toBeGreaterThan(1);
  });
});

describe('placesOneCharFrom', () => {
  it('the places one character from a name, its ending kept: 沭阳县 for the OCR’s 沐阳县', () => {
    const near = placesOneCharFrom('沐阳县');
    expect(near).toContain('沭阳县');
    expect(near).toContain('泌阳县');
    expect(near).not.toContain('沐阳县');
    for (const place of near) {
      expect(isPlaceName(place)).toBe(true);
      expect([...place].length).toBe(3);
      expect(place.endsWith('县')).toBe(true);
      expect([...place].filter((char, at) => char !== [...'沐阳县'][at]).length).toBe(1);
    }
  });
  it('a place is not one character from itself, and another ending is another kind of place', () => {
    expect(placesOneCharFrom('淮安市')).not.toContain('淮安市');
    expect(placesOneCharFrom('淮安市')).toContain('淮南市');
    expect(placesOneCharFrom('淮安市')).not.toContain('淮安区');
  });
});
