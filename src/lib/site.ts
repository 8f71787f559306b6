/** Words the site shows people, kept together so they read consistently. */
export const site = {
  name: '2024年滨海新区“质量月”',
  fullName: '2024年天津市滨海新区“质量月”活动方案',
  description:
    '2024年天津市滨海新区“质量月”活动方案全文：活动主题、各项活动及其责任单位、活动口号海报和活动情况报送要求。',
  footerNote: '内容依据津滨质量组办〔2024〕4号文件原文整理发布。',
} as const;

export const ui = {
  skipLink: '跳到正文',
  nav: '主导航',
  breadcrumbs: '当前位置',
  home: '首页',
  notice: '通知',
  plan: '活动方案全文',
  planShort: '活动方案',
  categories: '活动类别',
  items: '活动项目',
  units: '责任单位',
  slogans: '口号海报',
  report: '活动报送',
  search: '搜索',
  searchLabel: '搜索活动方案',
  searchPlaceholder: '如：电动自行车、区水务局',
  textSize: '大字',
  textSizeLabel: '放大文字',
  contents: '目录',
  previousItem: '上一项',
  nextItem: '下一项',
  sharedWith: '共同承担单位',
  soleUnit: '独立承担',
  sharedUnit: '与其他单位共同承担',
  itemCount: (n: number) => `${n} 项`,
  itemNumber: (n: number) => `第${n}项`,
} as const;
