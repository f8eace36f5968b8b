// Interface strings of the Cumulative transfers region, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export type ChartMessageKey =
  | 'heading'
  | 'controls'
  | 'scale'
  | 'linear'
  | 'log'
  | 'view'
  | 'chart'
  | 'table'
  | 'empty'
  | 'emptyTallies'
  | 'summary'
  | 'summaryNone'
  | 'range'
  | 'rangeAll'
  | 'rangeHint'
  | 'clearRange'
  | 'since'
  | 'sinceUnstated'
  | 'tallyLabel'
  | 'tallyMeasured'
  | 'measure_transferred'
  | 'measure_arrested'
  | 'gap'
  | 'notComparable'
  | 'notComparableShort'
  | 'itemizedShare'
  | 'itemizedSince'
  | 'official'
  | 'itemized'
  | 'origins'
  | 'tallies'
  | 'total'
  | 'date'
  | 'announced'
  | 'value'
  | 'measure'
  | 'baseline'
  | 'scope'
  | 'comparison'
  | 'runningCaption'
  | 'tallyCaption'
  | 'eventsAt'
  | 'eventsAtOne'
  | 'lastStep'
  | 'selectAt'
  | 'chartLabel'
  | 'selected';

export const CHART_MESSAGES: Messages<ChartMessageKey> = {
  en: {
    heading: 'Cumulative transfers',
    controls: 'Chart controls',
    scale: 'Scale',
    linear: 'Linear',
    log: 'Log',
    view: 'View',
    chart: 'Chart',
    table: 'Table',
    empty: 'No transfers in view. Widen the date range or clear filters to see the running sum.',
    emptyTallies: '{n} official tallies fall in this range; see them in the table.',
    summary:
      'Itemized reported handovers account for {pct} of the latest official total ({tally}).',
    summaryNone: 'No official tally in view names a single country, so none can be compared.',
    range: 'Range: {from} – {to}',
    rangeAll: 'All dates · drag across the chart to set a range',
    rangeHint: 'drag to change',
    clearRange: 'Clear range',
    since: 'since {date}',
    sinceUnstated: 'since unstated',
    tallyLabel: '{value} {baseline}',
    tallyMeasured: '{value} {measure} {baseline}',
    measure_transferred: 'transferred',
    measure_arrested: 'arrested',
    gap: 'official {official} vs itemized {itemized} ({pct})',
    notComparable: 'not comparable: the scope is not one country',
    notComparableShort: 'not comparable',
    itemizedShare: '{itemized} ({pct})',
    itemizedSince: 'Itemized: reported handovers from {origin}, baseline to announcement',
    official: 'Official tallies',
    itemized: 'Itemized running sum',
    origins: 'Origin',
    tallies: 'Official tallies',
    total: 'Total',
    date: 'Date',
    announced: 'Announced',
    value: 'Official',
    measure: 'Measure',
    baseline: 'Baseline',
    scope: 'Scope',
    comparison: 'Itemized (share)',
    runningCaption: 'Running sum of people transferred, by origin',
    tallyCaption: 'Official tallies announced in range',
    eventsAt: '{n} transfer events on this date',
    eventsAtOne: '1 transfer event on this date',
    lastStep: 'Last transfer before: {date}',
    selectAt: 'Select the transfer of {date}',
    chartLabel:
      'Step chart of the running sum of people transferred by origin, with official tallies as markers',
    selected: 'Selected',
  },
  zh: {
    heading: '累计移交人数',
    controls: '图表控制',
    scale: '刻度',
    linear: '线性',
    log: '对数',
    view: '视图',
    chart: '图表',
    table: '表格',
    empty: '当前视图中没有移交事件。请扩大日期范围或清除筛选条件以查看累计数。',
    emptyTallies: '此范围内有 {n} 项官方累计数据，可在表格中查看。',
    summary: '已逐条记录的移交人数占最新官方总数（{tally}）的 {pct}。',
    summaryNone: '当前视图中的官方累计数据均未限定单一国家，无法比较。',
    range: '范围：{from} – {to}',
    rangeAll: '全部日期 · 在图上拖动以设定范围',
    rangeHint: '拖动可更改',
    clearRange: '清除范围',
    since: '自{date}起',
    sinceUnstated: '起算日期未说明',
    tallyLabel: '{value}，{baseline}',
    tallyMeasured: '{measure}{value}，{baseline}',
    measure_transferred: '移交',
    measure_arrested: '抓获',
    gap: '官方 {official}，逐条记录 {itemized}（{pct}）',
    notComparable: '无法比较：范围并非单一国家',
    notComparableShort: '无法比较',
    itemizedShare: '{itemized}（{pct}）',
    itemizedSince: '逐条记录：自起算日至公布日从{origin}移交的人数',
    official: '官方累计数据',
    itemized: '逐条记录累计',
    origins: '来源国',
    tallies: '官方累计数据',
    total: '合计',
    date: '日期',
    announced: '公布日期',
    value: '官方数字',
    measure: '口径',
    baseline: '起算',
    scope: '范围',
    comparison: '逐条记录（占比）',
    runningCaption: '按来源国统计的累计移交人数',
    tallyCaption: '范围内公布的官方累计数据',
    eventsAt: '当日 {n} 起移交事件',
    eventsAtOne: '当日 1 起移交事件',
    lastStep: '此前最近一次移交：{date}',
    selectAt: '选择 {date} 的移交',
    chartLabel: '按来源国统计的累计移交人数阶梯图，官方累计数据以标记显示',
    selected: '已选',
  },
};
