import { describe, expect, it } from 'vitest';
import { findRoomQuestion } from '../../src/bot/room-question.js';

describe('findRoomQuestion', () => {
  it.each([
    ['龙岗区2022年收到多少申请？', true, ['年报'], '龙岗区2022年收到多少申请？'],
    ['龙岗区2022年收到多少申请？', false, ['年报'], undefined],
    ['年报 龙岗区2022年收到多少申请？', false, ['年报'], '龙岗区2022年收到多少申请？'],
    ['年报：南山区呢？', false, ['年报'], '南山区呢？'],
    ['  年报，南山区呢？', false, ['年报'], '南山区呢？'],
    ['年报 南山区呢？', true, ['年报'], '南山区呢？'],
    ['年报 南山区呢？', false, [], undefined],
    ['nb 南山区呢？', false, ['年报', 'nb'], '南山区呢？'],
    ['今天开会', false, ['年报'], undefined],
  ])('findRoomQuestion(%j, mentioned=%s, %j)', (text, isMentioned, prefixes, question) => {
    expect(findRoomQuestion(text, isMentioned, prefixes)).toBe(question);
  });
});
