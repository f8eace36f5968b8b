// Interface text of the page header in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export const HEADER_MESSAGES: Messages<
  | 'dataset'
  | 'datasetCounts'
  | 'figures'
  | 'events'
  | 'ofTotal'
  | 'transferred'
  | 'transferredNote'
  | 'latestTotal'
  | 'measure_transferred'
  | 'measure_arrested'
  | 'since'
  | 'noBaseline'
  | 'announced'
  | 'noTally'
  | 'noTallyNote'
  | 'noTallyFor'
  | 'noTallyAtAll'
  | 'showTally'
  | 'context'
  | 'showAll'
  | 'showFewer'
> = {
  en: {
    dataset: 'Dataset {version}',
    datasetCounts: '{events} events, {tallies} official tallies, {sources} sources',
    figures: 'Key figures for the current filter',
    events: 'Events in view',
    ofTotal: 'of {m}',
    transferred: 'People transferred',
    transferredNote: 'in itemized events',
    latestTotal: 'Latest comparable total',
    measure_transferred: 'transferred',
    measure_arrested: 'arrested',
    since: 'since {date}',
    noBaseline: 'baseline not stated',
    announced: 'announced {date}',
    noTally: 'None',
    noTallyNote: 'no official total of transfers announced in this date range',
    noTallyFor: 'no official total covers {origins} transfers',
    noTallyAtAll: 'no official total of transfers covers this view',
    showTally: 'Show the sources of {value}',
    context: 'Context, not summed',
    showAll: 'Show all {n}',
    showFewer: 'Show fewer',
  },
  zh: {
    dataset: '数据集 {version}',
    datasetCounts: '{events} 个事件，{tallies} 个官方累计数，{sources} 个来源',
    figures: '当前筛选的关键数字',
    events: '当前事件',
    ofTotal: '共 {m} 个',
    transferred: '移交人数',
    transferredNote: '逐条事件合计',
    latestTotal: '最新可比官方累计',
    measure_transferred: '移交',
    measure_arrested: '抓获',
    since: '自{date}起',
    noBaseline: '起算日期未说明',
    announced: '{date}公布',
    noTally: '无',
    noTallyNote: '此日期范围内没有公布官方移交累计数',
    noTallyFor: '没有覆盖{origins}移交的官方累计数',
    noTallyAtAll: '没有覆盖当前视图的官方移交累计数',
    showTally: '查看{value}的来源',
    context: '背景数字，不计入合计',
    showAll: '显示全部 {n} 项',
    showFewer: '收起',
  },
};
