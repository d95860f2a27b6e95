// The province a place lies in, from the gazetteer (china-area-data): what lets 江苏 name the organs of 淮安市.
import { describe, expect, it } from 'vitest';
import { provincesOf } from '../../src/parser/index.js';

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
