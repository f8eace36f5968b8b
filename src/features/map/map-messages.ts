// Interface strings of the map, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

type Key =
  | 'title'
  | 'fit'
  | 'fitHint'
  | 'noPlaces'
  | 'legend'
  | 'size'
  | 'arrow'
  | 'approx'
  | 'fadeNone'
  | 'fadeOne'
  | 'fadeMany'
  | 'fadeEarlier'
  | 'fadeNoEarlier'
  | 'pausePlayback'
  | 'resumePlayback'
  | 'stepPlayback'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomHere'
  | 'events'
  | 'oneEvent'
  | 'transferred'
  | 'detained'
  | 'movement'
  | 'earlier'
  | 'loading'
  | 'baseFailed'
  | 'baseRetry'
  | 'mapLabel'
  | 'people'
  | 'toPlace'
  | 'fromPlace'
  | 'offscreen';

/** One language's strings, as the map's DOM builders are handed them. */
export type MapText = Record<Key, string>;

export const MESSAGES: Messages<Key> = {
  en: {
    title: 'Map',
    fit: 'Fit to filtered events',
    fitHint: 'Zoom the map to the places of the filtered events',
    noPlaces: 'No filtered event has a place on the map.',
    legend: 'Legend',
    size: 'Size: people transferred (else detained)',
    arrow: 'Movement, width by people',
    approx: 'Dashed: a region or country',
    fadeNone: 'no events',
    fadeOne: '1 event',
    fadeMany: '{count} events',
    fadeEarlier: 'Earlier months',
    fadeNoEarlier: 'No earlier months',
    // The playback bar's words: one control, one name, wherever it shows.
    pausePlayback: 'Pause',
    resumePlayback: 'Play',
    stepPlayback: '+1 month',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomHere: 'Zoom to these places',
    events: '{n} events',
    oneEvent: '1 event',
    transferred: '{n} people transferred',
    detained: '{n} people detained',
    movement: '{from} → {to}',
    earlier: '{n} earlier events not listed: zoom in or filter',
    loading: 'Loading the base map…',
    baseFailed: 'The base map could not be loaded; markers are shown without it.',
    baseRetry: 'Retry',
    mapLabel: 'Places on the map: arrow keys move between them, Enter lists their events.',
    people: 'people',
    toPlace: '→ {place}',
    fromPlace: '{place} →',
    offscreen: '{events} beyond this edge ({places}): show them',
  },
  zh: {
    title: '地图',
    fit: '缩放至筛选事件',
    fitHint: '将地图缩放到筛选后事件所在的地点',
    noPlaces: '筛选后的事件在地图上没有地点。',
    legend: '图例',
    size: '大小：移交人数（无则为抓获人数）',
    arrow: '人员移动，线宽表示人数',
    approx: '虚线：地区或国家',
    fadeNone: '无事件',
    fadeOne: '1 起事件',
    fadeMany: '{count} 起事件',
    fadeEarlier: '此前月份',
    fadeNoEarlier: '此前月份：无',
    pausePlayback: '暂停',
    resumePlayback: '播放',
    stepPlayback: '+1 个月',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomHere: '缩放至这些地点',
    events: '{n} 起事件',
    oneEvent: '1 起事件',
    transferred: '移交 {n} 人',
    detained: '抓获 {n} 人',
    movement: '{from} → {to}',
    earlier: '另有 {n} 起较早事件未列出：请放大或筛选',
    loading: '正在加载底图…',
    baseFailed: '底图无法加载；仅显示标记。',
    baseRetry: '重试',
    mapLabel: '地图上的地点：方向键在地点间移动，回车键列出其事件。',
    people: '人',
    toPlace: '→ {place}',
    fromPlace: '{place} →',
    offscreen: '此方向画面外有{events}（{places}）：点击显示',
  },
};

/** Country labels placed by hand where they read well in the default frame (centroids fall off-frame). */
export const COUNTRY_LABELS: {
  en: string;
  zh: string;
  lat: number;
  lon: number;
  minZoom: number;
}[] = [
  { en: 'Myanmar', zh: '缅甸', lat: 20.9, lon: 95.0, minZoom: 4 },
  { en: 'Laos', zh: '老挝', lat: 18.9, lon: 103.6, minZoom: 5 },
  { en: 'Thailand', zh: '泰国', lat: 15.3, lon: 101.2, minZoom: 4 },
  { en: 'China', zh: '中国', lat: 27.3, lon: 104.6, minZoom: 3 },
  { en: 'Vietnam', zh: '越南', lat: 21.9, lon: 104.5, minZoom: 5 },
  { en: 'Cambodia', zh: '柬埔寨', lat: 12.8, lon: 104.9, minZoom: 5 },
];
