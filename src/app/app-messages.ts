// Interface strings of the page shell: region names, the jump-to bar, loading and dataset-error pages.
import type { Messages } from '@/ui/i18n';

type AppMessageKey =
  | 'region_filters'
  | 'region_timeline'
  | 'region_chart'
  | 'region_map'
  | 'region_details'
  | 'jump_filters'
  | 'jump_timeline'
  | 'jump_chart'
  | 'jump_map'
  | 'jump_details'
  | 'jumpLabel'
  | 'tools'
  | 'loadingRegion'
  | 'loadingDataset'
  | 'loadFailed'
  | 'retry'
  | 'retrying'
  | 'showFilters'
  | 'hideFilters'
  | 'viewsLabel'
  | 'closeDetails'
  | 'presentPosition'
  | 'presentNone'
  | 'presentHint'
  | 'presentStart'
  | 'presentRun'
  | 'embedAll';

export const APP_MESSAGES: Messages<AppMessageKey> = {
  en: {
    region_filters: 'Filters',
    region_timeline: 'Timeline',
    region_chart: 'Cumulative transfers',
    region_map: 'Map',
    region_details: 'Event details',
    jump_filters: 'Filters',
    jump_timeline: 'Timeline',
    jump_chart: 'Chart',
    jump_map: 'Map',
    jump_details: 'Details',
    jumpLabel: 'Jump to',
    tools: 'Page tools',
    loadingRegion: 'Loading {name}…',
    loadingDataset: 'Loading the dataset…',
    loadFailed: 'The dataset could not be loaded',
    retry: 'Retry',
    retrying: 'Retrying…',
    showFilters: 'Show filters',
    hideFilters: 'Hide filters',
    viewsLabel: 'Views',
    closeDetails: 'Close details',
    presentPosition: '{n} of {m}',
    presentNone: '{m} events',
    presentHint: '→ or Page Down: next · ← or Page Up: back · Home / End · Esc: leave',
    presentStart: 'Press → or Page Down to start at the first event.',
    presentRun: 'Press → or Page Down for the next month, ← or Page Up for the one before.',
    embedAll: 'Crackdown Atlas',
  },
  zh: {
    region_filters: '筛选',
    region_timeline: '时间线',
    region_chart: '累计移交',
    region_map: '地图',
    region_details: '事件详情',
    jump_filters: '筛选',
    jump_timeline: '时间线',
    jump_chart: '图表',
    jump_map: '地图',
    jump_details: '详情',
    jumpLabel: '跳转到',
    tools: '页面工具',
    loadingRegion: '正在加载{name}…',
    loadingDataset: '正在加载数据集…',
    loadFailed: '无法加载数据集',
    retry: '重试',
    retrying: '正在重试…',
    showFilters: '显示筛选',
    hideFilters: '收起筛选',
    viewsLabel: '视图',
    closeDetails: '关闭详情',
    presentPosition: '第 {n} / {m} 个',
    presentNone: '{m} 个事件',
    presentHint: '→ 或 Page Down：下一个 · ← 或 Page Up：上一个 · Home / End · Esc：退出',
    presentStart: '按 → 或 Page Down 从第一个事件开始。',
    presentRun: '按 → 或 Page Down 看下一个月，按 ← 或 Page Up 看上一个月。',
    embedAll: 'Crackdown Atlas',
  },
};
