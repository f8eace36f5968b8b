// Interface strings of the Timeline region, in English and Simplified Chinese.
import type { CountKey } from '@/data/schema';
import type { Messages } from '@/ui/i18n';

type TimelineMessageKey =
  | 'heading'
  | 'lanes'
  | 'lanesPrompt'
  | 'laneType'
  | 'laneOrigin'
  | 'legend'
  | 'legendDay'
  | 'legendSpan'
  | 'legendMonth'
  | 'legendAnnounced'
  | 'range'
  | 'rangeOpen'
  | 'brushHint'
  | 'clearRange'
  | 'axisLabel'
  | 'listLabel'
  | 'emptyTitle'
  | 'emptyHint'
  | 'resetFilters'
  | 'quarter'
  | 'year'
  | 'dense'
  | `count_${CountKey}`;

export const TIMELINE_MESSAGES: Messages<TimelineMessageKey> = {
  en: {
    heading: 'Timeline',
    lanes: 'Lanes',
    lanesPrompt: 'Lanes:',
    laneType: 'Type',
    laneOrigin: 'Origin',
    legend: 'Legend',
    legendDay: 'day known',
    legendSpan: 'span of days',
    legendMonth: 'month only',
    legendAnnounced: 'only announced',
    range: 'Range: {from} – {to}',
    rangeOpen: '…',
    brushHint: 'Drag across the axis to set a date range',
    clearRange: 'Clear range',
    axisLabel:
      'Time axis, {from} to {to}: {n} of {m} events shown. Drag across it to set the date range; double-click to clear it.',
    listLabel: 'Events in date order',
    emptyTitle: 'No events match the filters.',
    emptyHint: 'Widen the date range (drag on the axis above) or clear some filters.',
    resetFilters: 'Reset filters',
    quarter: 'Q{q}',
    year: '{y}',
    dense: '{n} events: drawn as density',
    count_transferred: '{n} transferred',
    count_detained: '{n} detained',
    count_ringleaders: '{n} ringleaders',
    count_fugitives: '{n} fugitives',
    count_victims: '{n} victims',
    count_deaths: '{n} deaths',
    count_amountCny: 'CNY {n}',
  },
  zh: {
    heading: '时间线',
    lanes: '分组',
    lanesPrompt: '分组：',
    laneType: '类型',
    laneOrigin: '来源国',
    legend: '图例',
    legendDay: '日期确切',
    legendSpan: '持续数日',
    legendMonth: '仅知月份',
    legendAnnounced: '仅知公布日期',
    range: '时间范围：{from} – {to}',
    rangeOpen: '…',
    brushHint: '在时间轴上拖动以设定时间范围',
    clearRange: '清除时间范围',
    axisLabel:
      '时间轴，{from}至{to}：显示{m}起事件中的{n}起。在轴上拖动可设定时间范围，双击可清除。',
    listLabel: '按日期排列的事件',
    emptyTitle: '没有符合筛选条件的事件。',
    emptyHint: '请放宽时间范围（在上方时间轴上拖动）或清除部分筛选条件。',
    resetFilters: '重置筛选',
    quarter: '{q}季度',
    year: '{y}年',
    dense: '{n}起事件：以密度显示',
    count_transferred: '移交{n}人',
    count_detained: '抓获{n}人',
    count_ringleaders: '头目{n}名',
    count_fugitives: '在逃{n}人',
    count_victims: '受害者{n}人',
    count_deaths: '死亡{n}人',
    count_amountCny: '人民币{n}元',
  },
};
