// Interface strings of the Cumulative transfers region, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export type ChartMessageKey =
  | 'heading'
  | 'legend'
  | 'controls'
  | 'scale'
  | 'linear'
  | 'log'
  | 'view'
  | 'fit'
  | 'exportScopes'
  | 'exportSources'
  | 'fitAll'
  | 'fitComparable'
  | 'pickEvent'
  | 'datesAt'
  | 'pickMark'
  | 'key'
  | 'markersGroup'
  | 'pickTally'
  | 'overlapsMarks'
  | 'chart'
  | 'table'
  | 'empty'
  | 'talliesAlone'
  | 'summary'
  | 'summaryNoBaseline'
  | 'summaryRange'
  | 'summaryNone'
  | 'summaryNoneNoBaseline'
  | 'noTallyFor'
  | 'noTallyAtAll'
  | 'noneInRange'
  | 'noneInRangeFor'
  | 'range'
  | 'rangeAll'
  | 'rangeHint'
  | 'clearRange'
  | 'since'
  | 'sinceUnstated'
  | 'tallyLabel'
  | 'measure_transferred'
  | 'measure_arrested'
  | 'gap'
  | 'gapNoBaseline'
  | 'notComparableMeasure'
  | 'notComparableScope'
  | 'notComparableOrigins'
  | 'notComparablePlaces'
  | 'notComparableSomePlaces'
  | 'notComparableNarrowed'
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
    fit: 'Value axis',
    exportScopes: 'Official tallies shown:',
    exportSources: 'Sources: {list}.',
    fitAll: 'Fit all',
    fitComparable: 'Fit comparable',
    pickEvent: 'This point stands for {n} transfer events; pick one',
    datesAt: 'One point for {n} dates: {dates}. Click it to pick the event.',
    pickMark: '{n} marks overlap here; pick one',
    key: 'Key: itemized sums by origin, {n} official series',
    markersGroup: 'Official totals: arrow keys move between them, Enter shows one',
    pickTally: 'official total {value} · {measure} · {scope}',
    overlapsMarks: 'overlaps other marks: a click offers each of them',
    chart: 'Chart',
    table: 'Table',
    empty: 'No transfers in view. Widen the date range or clear filters to see the running sum.',
    talliesAlone:
      'No itemized transfers in view: the official totals of this range are drawn alone.',
    summary:
      'From {since} to {announced}, reported handovers from {from} add up to {n}: {pct} of the {value} the ministry announced that day for {scope}.',
    summaryNoBaseline:
      'Reported handovers from {from} up to {announced} add up to {n}, {pct} of the {value} the ministry announced that day for {scope}, with no start date stated.',
    summaryRange: 'The sum counts from that baseline, not from the start of the chosen range.',
    summaryNone:
      'No reported handovers from {from} in view since {since} to compare with the {value} the ministry announced on {announced} for {scope}.',
    summaryNoneNoBaseline:
      'No reported handovers from {from} in view up to {announced} to compare with the {value} the ministry announced that day for {scope}, with no start date stated.',
    noTallyFor: 'No official total covers {origins} transfers.',
    noTallyAtAll: 'No official total of transfers covers this view.',
    noneInRange: 'No official total of transfers was announced in this date range.',
    noneInRangeFor: 'No official total of {origins} transfers was announced in this date range.',
    range: 'Range: {from} – {to}',
    rangeAll: 'All dates · drag across the chart to set a range',
    rangeHint: 'drag to change',
    clearRange: 'Clear range',
    since: 'since {date}',
    sinceUnstated: 'with no start date stated',
    tallyLabel: '{value} {baseline}',
    measure_transferred: 'transferred',
    measure_arrested: 'arrested',
    gap: 'official {official} vs itemized {itemized} {baseline} ({pct})',
    gapNoBaseline:
      'official {official}, with no start date stated, vs itemized {itemized} from the first record to {announced} ({pct})',
    notComparableMeasure: 'not comparable: counts people arrested, not transferred',
    notComparableScope: 'not comparable: the scope names no origin country',
    notComparableOrigins: 'not comparable: does not cover {origins}',
    notComparablePlaces: 'not comparable: counts the {scope} only; filter to its places to compare',
    notComparableSomePlaces:
      'not comparable: counts all of {scope}, and this view shows some places only',
    notComparableNarrowed:
      'not comparable: counts all of {scope}, and this view leaves events out (by actor, words or type)',
    notComparableShort: 'not comparable',
    itemizedShare: '{itemized} ({pct})',
    itemizedSince: 'Itemized: reported handovers from {origin}, baseline to announcement',
    official: 'Official tallies',
    legend: 'Legend of the chart',
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
    fit: '数值轴',
    exportScopes: '图中官方累计数：',
    exportSources: '来源：{list}。',
    fitAll: '全部适配',
    fitComparable: '适配可比数据',
    pickEvent: '此点代表 {n} 起移交事件，请选择其一',
    datesAt: '此点代表 {n} 个日期：{dates}。点击以选择事件。',
    pickMark: '此处有 {n} 个标记重叠，请选择其一',
    key: '图例：按来源国的逐项合计，{n} 组官方累计数',
    markersGroup: '官方累计数：用方向键切换，按回车查看',
    pickTally: '官方累计 {value} · {measure} · {scope}',
    overlapsMarks: '与其他标记重叠：点击时可逐一选择',
    chart: '图表',
    table: '表格',
    empty: '当前视图中没有移交事件。请扩大日期范围或清除筛选条件以查看累计数。',
    talliesAlone: '当前视图没有逐条记录的移交：只画出此范围内的官方累计数。',
    summary:
      '{since}至{announced}报道的自{from}移交合计 {n} 人，占公安部当日公布的{scope}{value}人的 {pct}。',
    summaryNoBaseline:
      '截至{announced}报道的自{from}移交合计 {n} 人，占公安部当日公布的{scope}{value}人的 {pct}（未说明起算日期）。',
    summaryRange: '合计自该起算日计，而非自所选范围的起点。',
    summaryNone:
      '自{since}起，当前视图中没有报道的自{from}移交，无法与公安部{announced}公布的{scope}{value}人比较。',
    summaryNoneNoBaseline:
      '截至{announced}，当前视图中没有报道的自{from}移交，无法与公安部当日公布的{scope}{value}人比较（未说明起算日期）。',
    noTallyFor: '没有覆盖{origins}移交的官方累计数。',
    noTallyAtAll: '没有覆盖当前视图的官方移交累计数。',
    noneInRange: '此日期范围内没有公布官方移交累计数。',
    noneInRangeFor: '此日期范围内没有公布{origins}移交的官方累计数。',
    range: '范围：{from} – {to}',
    rangeAll: '全部日期 · 在图上拖动以设定范围',
    rangeHint: '拖动可更改',
    clearRange: '清除范围',
    since: '自{date}起',
    sinceUnstated: '起算日期未说明',
    tallyLabel: '{value}，{baseline}',
    measure_transferred: '移交',
    measure_arrested: '抓获',
    gap: '官方 {official}，逐条记录 {itemized}，{baseline}（{pct}）',
    gapNoBaseline:
      '官方 {official}（未说明起算日期），逐条记录自首条记录至{announced}共 {itemized}（{pct}）',
    notComparableMeasure: '无法比较：统计的是抓获人数，而非移交人数',
    notComparableScope: '无法比较：范围未注明来源国',
    notComparableOrigins: '无法比较：未覆盖{origins}',
    notComparablePlaces: '无法比较：只统计{scope}；在筛选中选择其地点即可比较',
    notComparableSomePlaces: '无法比较：统计的是{scope}全部，而当前视图只显示部分地点',
    notComparableNarrowed:
      '无法比较：统计的是{scope}全部，而当前视图按人物、关键词或类型排除了部分事件',
    notComparableShort: '无法比较',
    itemizedShare: '{itemized}（{pct}）',
    itemizedSince: '逐条记录：自起算日至公布日从{origin}移交的人数',
    official: '官方累计数据',
    legend: '图表图例',
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
