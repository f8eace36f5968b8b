// Interface text of the Filters region in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export type FiltersMessageKey =
  | 'heading'
  | 'status'
  | 'reset'
  | 'search'
  | 'searchHint'
  | 'dates'
  | 'presets'
  | 'presetAll'
  | 'presetSince'
  | 'presetYear'
  | 'from'
  | 'to'
  | 'types'
  | 'origins'
  | 'places'
  | 'actors'
  | 'findPlace'
  | 'findActor'
  | 'remove'
  | 'noMatch'
  | 'options'
  | 'rangeReversed'
  | 'dateUnsupported'
  | 'searchLimit';

export const FILTERS_MESSAGES: Messages<FiltersMessageKey> = {
  en: {
    heading: 'Filters',
    status: '{n} of {m} events',
    reset: 'Reset',
    search: 'Search',
    searchHint: 'Titles, places, actors…',
    dates: 'Dates',
    presets: 'Date presets',
    presetAll: 'All',
    presetSince: 'Since Sep 2023',
    presetYear: '{year}',
    from: 'From',
    to: 'To',
    types: 'Event type',
    origins: 'Origin',
    places: 'Places',
    actors: 'Actors',
    findPlace: 'Find a place',
    findActor: 'Find a person or group',
    remove: 'Remove {name}',
    noMatch: 'No match',
    options: '{label}: options',
    rangeReversed: 'The start date is after the end date; the range was not changed.',
    dateUnsupported: 'Dates from the year 100 to 9999 only; the range was not changed.',
    searchLimit: 'Search is limited to {n} characters.',
  },
  zh: {
    heading: '筛选',
    status: '{n} / {m} 个事件',
    reset: '重置',
    search: '搜索',
    searchHint: '标题、地点、人物…',
    dates: '日期',
    presets: '日期预设',
    presetAll: '全部',
    presetSince: '2023年9月以来',
    presetYear: '{year}年',
    from: '开始',
    to: '结束',
    types: '事件类型',
    origins: '来源国',
    places: '地点',
    actors: '人物与团伙',
    findPlace: '查找地点',
    findActor: '查找人物或团伙',
    remove: '移除{name}',
    noMatch: '无匹配项',
    options: '{label}：选项',
    rangeReversed: '开始日期晚于结束日期；日期范围未更改。',
    dateUnsupported: '仅支持公元 100 年至 9999 年的日期；日期范围未更改。',
    searchLimit: '搜索最多 {n} 个字符。',
  },
};
