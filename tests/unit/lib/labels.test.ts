import { describe, expect, it } from 'vitest';
import { headingLabel } from '../../../src/lib/labels';

describe('headingLabel', () => {
  it.each([
    ['1、 活动主题', '活动主题'],
    ['二、活动内容', '活动内容'],
    ['三、活动要求', '活动要求'],
    ['（三）推进重点领域质量提升', '推进重点领域质量提升'],
    ['(1)开展宣传', '开展宣传'],
    ['（十二）其他', '其他'],
    ['12.开展水利工程质量提升专项活动', '开展水利工程质量提升专项活动'],
  ])('%s → %s', (heading, label) => {
    expect(headingLabel(heading)).toBe(label);
  });

  it('leaves a heading without an ordinal as it is', () => {
    expect(headingLabel('2024年天津市滨海新区“质量月”活动方案')).toBe('2024年天津市滨海新区“质量月”活动方案');
    expect(headingLabel('一流服务')).toBe('一流服务');
  });
});
