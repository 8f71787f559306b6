// Query understanding before Pagefind (src/components/search/query.ts), with a small
// vocabulary of the shape the build writes.
import { describe, expect, it } from 'vitest';
import { emptyVocabulary, fromPinyin, parseNumeral, toSimplified, understand, type Vocabulary } from '../../../src/components/search/query';

const v: Vocabulary = {
  ...emptyVocabulary,
  fillers: ['我们单位', '的工作', '有哪些', '什么时候', '什么', '怎么'].sort((a, b) => b.length - a.length),
  particles: '要吗呢的',
  districtPrefixes: ['天津市滨海新区', '滨海新区', '新区'],
  units: [
    ['区水务局', '天津市滨海新区水务局'],
    ['区市场监管局', '天津市滨海新区市场监督管理局', '质监局', '市场监管局'],
    ['区卫生健康委', '天津市滨海新区卫生健康委员会', '卫健委'],
    ['区交通运输局', '交通局'],
  ],
  synonyms: { 山寨: '假冒', 电瓶车: '电动自行车', 报: '报送', 交: '报送', 截止: '截止时间' },
  terms: ['食品安全'],
  pinyin: { zhishichanquan: '知识产权', shuiwuju: '区水务局' },
  traditional: '質质監监電电動动車车權权產产識识',
  items: 25,
};

describe('numbers', () => {
  it.each([
    ['22', 22],
    ['二十二', 22],
    ['十三', 13],
    ['十', 10],
    ['二十', 20],
    ['一百零五', 105],
    ['二〇二四', 2024],
  ])('%s → %i', (text, n) => expect(parseNumeral(text)).toBe(n));
  it('is undefined for other text', () => expect(parseNumeral('项目')).toBeUndefined());
});

describe('understand', () => {
  it('an item by number, in Chinese numerals or digits', () => {
    expect(understand('第二十二项', v)).toEqual({ words: [], item: 22 });
    expect(understand('第22项', v).item).toBe(22);
    expect(understand('二十五项', v).item).toBe(25);
    expect(understand('第三项开放日', v)).toEqual({ words: ['开放日'], item: 3 });
    // Not an item of this edition: left as typed.
    expect(understand('第九十项', v).item).toBeUndefined();
  });

  it('dates in Chinese numerals as digits', () => {
    expect(understand('十月九日', v).words).toEqual(['10月9日']);
    expect(understand('10月9号', v).words).toEqual(['10月9日']);
  });

  it('drops question and filler words, particles only at the ends', () => {
    expect(understand('卫健委的工作', v)).toEqual({ words: ['区卫生健康委'], unit: '区卫生健康委' });
    expect(understand('我们单位要报什么', v).words).toEqual(['报送']);
    expect(understand('什么时候截止', v).words).toEqual(['截止时间']);
    // 要 inside a word stays.
    expect(understand('重要论述', v).words).toEqual(['重要论述']);
  });

  it('unit names in any form as the edition’s name', () => {
    for (const q of ['天津市滨海新区水务局', '滨海新区水务局', '新区水务局', '水务局', '区水务局']) {
      expect(understand(q, v).unit, q).toBe('区水务局');
    }
    expect(understand('质监局', v).unit).toBe('区市场监管局');
    expect(understand('滨海新区市场监督管理局', v).unit).toBe('区市场监管局');
    // A longer name is not broken up by a shorter word inside it.
    expect(understand('交通局', v).unit).toBe('区交通运输局');
  });

  it('everyday words as the document’s words, document words kept whole', () => {
    expect(understand('山寨', v).words).toEqual(['假冒']);
    expect(understand('电瓶车 以旧换新', v).words).toEqual(['电动自行车', '以旧换新']);
    expect(understand('食品安全检查', v).words).toEqual(['食品安全', '检查']);
  });

  it('traditional characters as simplified', () => {
    expect(toSimplified('電動車', v.traditional)).toBe('电动车');
    expect(understand('質監局', v).unit).toBe('区市场监管局');
    expect(understand('知識產權', v).words).toEqual(['知识产权']);
  });

  it('pinyin as the term it spells, with or without spaces and 区', () => {
    expect(fromPinyin('zhishichanquan', v.pinyin).trim()).toBe('知识产权');
    expect(understand('zhi shi chan quan', v).words).toEqual(['知识产权']);
    expect(understand('ShuiWuJu', v).unit).toBe('区水务局');
    expect(understand('qushuiwuju', v).unit).toBe('区水务局');
    expect(understand('abc', v).words).toEqual(['abc']);
  });

  it('without a vocabulary, the words as typed', () => {
    expect(understand('电动自行车 燃气灶具', emptyVocabulary)).toEqual({
      words: ['电动自行车', '燃气灶具'],
      item: undefined,
      unit: undefined,
    });
  });
});
