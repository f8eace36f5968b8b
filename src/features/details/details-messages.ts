// Interface strings of the Event details region, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export type DetailsMessageKey =
  | 'heading'
  | 'empty'
  | 'inViewOne'
  | 'inViewMany'
  | 'showFirst'
  | 'noneInView'
  | 'clearFilters'
  | 'stepNav'
  | 'previous'
  | 'next'
  | 'position'
  | 'positionOutside'
  | 'outside'
  | 'unknown'
  | 'clearSelection'
  | 'type'
  | 'date'
  | 'precision_day'
  | 'precision_range'
  | 'precision_month'
  | 'precision_announced'
  | 'place'
  | 'coordinates'
  | 'coords_point'
  | 'coords_town'
  | 'coords_region'
  | 'coords_country'
  | 'movement'
  | 'countries'
  | 'figures'
  | 'noFigures'
  | 'count_transferred'
  | 'count_detained'
  | 'count_ringleaders'
  | 'count_fugitives'
  | 'count_victims'
  | 'count_deaths'
  | 'count_amountCny'
  | 'actors'
  | 'notes'
  | 'sources'
  | 'published'
  | 'noLink'
  | 'newTab'
  | 'unknownSource'
  | 'copyEventLink'
  | 'eventLinkCopied'
  | 'copyEventLinkFailed'
  | 'tallyKind'
  | 'tallyValue'
  | 'qualifier'
  | 'qualifier_exact'
  | 'qualifier_about'
  | 'qualifier_over'
  | 'qualifier_atLeast'
  | 'measure'
  | 'measure_transferred'
  | 'measure_arrested'
  | 'scope'
  | 'tallyOrigins'
  | 'noOrigins'
  | 'tallyPlaces'
  | 'baseline'
  | 'noBaseline'
  | 'announced'
  | 'tallyNotes'
  | 'unknownTally';

export const DETAILS_MESSAGES: Messages<DetailsMessageKey> = {
  en: {
    heading: 'Event details',
    empty: 'Select an event in the timeline, chart or map to see its sources here.',
    inViewOne: '1 event in view.',
    inViewMany: '{n} events in view.',
    showFirst: 'Show the first event',
    noneInView: 'No events match the current filters.',
    clearFilters: 'Clear filters',
    stepNav: 'Step through the events in view',
    copyEventLink: 'Copy link to this event',
    eventLinkCopied: 'Link copied',
    copyEventLinkFailed: 'Copy this link:',
    previous: 'Previous',
    next: 'Next',
    position: '{n} of {m}',
    positionOutside: 'not among the {m} in view',
    outside: 'This event is outside the current filters.',
    unknown: 'No event with the id "{id}" in this dataset.',
    clearSelection: 'Clear selection',
    type: 'Type',
    date: 'Date',
    precision_day: 'exact day',
    precision_range: 'date range',
    precision_month: 'month only',
    precision_announced: 'only the announcement date is known',
    place: 'Place',
    coordinates: 'Coordinates',
    coords_point: 'exact point',
    coords_town: 'town-level',
    coords_region: 'region-level',
    coords_country: 'country-level',
    movement: 'Movement',
    countries: 'Origin → destination',
    figures: 'Reported figures',
    noFigures: 'No figures reported for this event.',
    count_transferred: 'People transferred',
    count_detained: 'Detained',
    count_ringleaders: 'Ringleaders',
    count_fugitives: 'Fugitives',
    count_victims: 'Victims',
    count_deaths: 'Deaths',
    count_amountCny: 'Amount (CNY)',
    actors: 'Actors',
    notes: 'How reports differ',
    sources: 'Sources',
    published: 'Published',
    noLink: 'No public link',
    newTab: '(opens in a new tab)',
    unknownSource: 'Source "{id}" is missing from the dataset.',
    tallyKind: 'Official tally',
    tallyValue: 'Value',
    qualifier: 'Qualifier',
    qualifier_exact: 'exact figure',
    qualifier_about: 'about (rounded by the source)',
    qualifier_over: 'over (more than the figure)',
    qualifier_atLeast: 'at least (a lower bound)',
    measure: 'Measure',
    measure_transferred: 'people transferred to Chinese custody',
    measure_arrested: 'people arrested',
    scope: 'Scope',
    tallyOrigins: 'Origins covered',
    noOrigins: 'none named: not comparable with itemized transfers',
    tallyPlaces: 'Only these places',
    baseline: 'Baseline',
    noBaseline: 'not stated',
    announced: 'Announced',
    tallyNotes: 'Notes',
    unknownTally: 'No official tally with the id "{id}" in this dataset.',
  },
  zh: {
    heading: '事件详情',
    empty: '在时间轴、图表或地图中选择一个事件，即可在此查看其来源。',
    inViewOne: '当前视图中有 1 个事件。',
    inViewMany: '当前视图中有 {n} 个事件。',
    showFirst: '显示第一个事件',
    noneInView: '没有符合当前筛选条件的事件。',
    clearFilters: '清除筛选',
    stepNav: '逐个浏览当前视图中的事件',
    copyEventLink: '复制此事件的链接',
    eventLinkCopied: '链接已复制',
    copyEventLinkFailed: '请复制此链接：',
    previous: '上一个',
    next: '下一个',
    position: '第 {n} 个，共 {m} 个',
    positionOutside: '不在当前 {m} 个事件之中',
    outside: '此事件不在当前筛选范围内。',
    unknown: '此数据集中没有 ID 为“{id}”的事件。',
    clearSelection: '取消选择',
    type: '类型',
    date: '日期',
    precision_day: '确切日期',
    precision_range: '日期范围',
    precision_month: '仅知月份',
    precision_announced: '仅知公布日期',
    place: '地点',
    coordinates: '坐标',
    coords_point: '精确地点',
    coords_town: '城镇级',
    coords_region: '地区级',
    coords_country: '国家级',
    movement: '移送路线',
    countries: '来源国 → 目的国',
    figures: '报道的数字',
    noFigures: '此事件没有报道具体数字。',
    count_transferred: '移交人数',
    count_detained: '抓获人数',
    count_ringleaders: '头目',
    count_fugitives: '在逃人员',
    count_victims: '受害者',
    count_deaths: '死亡人数',
    count_amountCny: '涉案金额（人民币）',
    actors: '相关团伙与人物',
    notes: '各方报道的差异',
    sources: '来源',
    published: '发布于',
    noLink: '无公开链接',
    newTab: '（在新标签页中打开）',
    unknownSource: '数据集中缺少来源“{id}”。',
    tallyKind: '官方累计数',
    tallyValue: '数值',
    qualifier: '限定',
    qualifier_exact: '确切数字',
    qualifier_about: '约数（来源已取整）',
    qualifier_over: '超过（多于该数）',
    qualifier_atLeast: '至少（下限）',
    measure: '口径',
    measure_transferred: '移交中方的人数',
    measure_arrested: '抓获人数',
    scope: '范围',
    tallyOrigins: '覆盖的来源国',
    noOrigins: '未注明：无法与逐条记录的移交比较',
    tallyPlaces: '仅限这些地点',
    baseline: '起算日期',
    noBaseline: '未说明',
    announced: '公布日期',
    tallyNotes: '说明',
    unknownTally: '此数据集中没有 id 为“{id}”的官方累计数。',
  },
};
