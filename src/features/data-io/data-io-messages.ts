// Interface strings of export, import, the drop zone and the imported-data banner, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

export type DataIoMessageKey =
  | 'groupLabel'
  | 'export'
  | 'exportMenuLabel'
  | 'exportCsv'
  | 'exportJson'
  | 'exportPng'
  | 'exportSvg'
  | 'chartUnavailable'
  | 'saved'
  | 'exportFailed'
  | 'import'
  | 'importHint'
  | 'importInput'
  | 'reading'
  | 'checking'
  | 'indexing'
  | 'progressLabel'
  | 'cancel'
  | 'cancelled'
  | 'workerFailed'
  | 'imported'
  | 'importFailedShort'
  | 'dropTitle'
  | 'dropPrivacy'
  | 'bannerLabel'
  | 'bannerData'
  | 'bannerLinks'
  | 'bannerNoTallies'
  | 'back'
  | 'errorsTitle'
  | 'errorsUnchanged'
  | 'dismiss'
  | 'tooBig'
  | 'unknownKind'
  | 'htmlFile'
  | 'unreadable'
  | 'chartTitle'
  | 'allEvents'
  | 'filterPlaces'
  | 'spanFrom'
  | 'spanUntil'
  | 'oneYear'
  | 'yearSpan'
  | 'filterActors'
  | 'filterText'
  | 'chartCredit'
  | 'chartLegend'
  | 'chartTallies'
  | 'chartLog';

export const DATA_IO_MESSAGES: Messages<DataIoMessageKey> = {
  en: {
    groupLabel: 'Export and import',
    export: 'Export',
    exportMenuLabel: 'Export the filtered events',
    exportCsv: 'Events as CSV',
    exportJson: 'Events as JSON (dataset)',
    exportPng: 'Chart as PNG',
    exportSvg: 'Chart as SVG',
    chartUnavailable: 'Show the cumulative chart (Chart view, with transfers) to export it.',
    saved: 'Saved {file}',
    exportFailed: 'The chart image could not be made.',
    import: 'Import',
    importHint: 'Open your own JSON or CSV file (docs/data-format.md). It stays in this browser.',
    importInput: 'Import a data file (JSON or CSV)',
    reading: 'Reading {file}…',
    checking: 'Checking {file}…',
    indexing: 'Preparing {file} for the views…',
    progressLabel: 'Import in progress',
    cancel: 'Cancel',
    cancelled: 'Import of {file} cancelled. Nothing was changed.',
    workerFailed: 'The file could not be checked: the page could not start its import worker.',
    imported: 'Showing your data: {n} events from {file}.',
    importFailedShort: '{file} could not be imported: {n} problems.',
    dropTitle: 'Drop a JSON or CSV file to show your own data',
    dropPrivacy: 'The file is read in this browser; nothing is uploaded.',
    bannerLabel: 'Your data',
    bannerData: 'Your data: {n} events from {file}.',
    bannerLinks: 'Links you share still open the bundled dataset.',
    bannerNoTallies:
      'This file has no official totals, so nothing is compared with them. A CSV holds events only: totals and context figures come in JSON.',
    back: 'Back to the bundled dataset',
    errorsTitle: '{file} could not be imported',
    errorsUnchanged: 'Nothing was changed. Fix these problems and import the file again:',
    dismiss: 'Dismiss',
    tooBig: 'The file is larger than {mb} MB.',
    unknownKind: 'Expected a .json or .csv file.',
    htmlFile: 'This is a web page, not a JSON dataset.',
    unreadable: 'The file could not be read.',
    chartTitle: 'Cumulative transfers',
    allEvents: 'All events',
    filterPlaces: 'places: {list}',
    spanFrom: 'from {date}',
    spanUntil: 'until {date}',
    oneYear: '{year}',
    yearSpan: '{from}–{to}',
    filterActors: 'actors: {list}',
    filterText: 'text: “{q}”',
    chartCredit: 'Crackdown Atlas · dataset {version} · {n} events',
    chartLegend: 'Itemized transfers by origin:',
    chartTallies:
      'Circles: dates of reported handovers on the itemized running sum. Marked lines: official running totals, labelled with their value, never added to the itemized sum; a dotted drop line runs from a comparable total to the itemized sum since its baseline.',
    chartLog: 'log scale',
  },
  zh: {
    groupLabel: '导出与导入',
    export: '导出',
    exportMenuLabel: '导出筛选后的事件',
    exportCsv: '事件（CSV）',
    exportJson: '事件（JSON 数据集）',
    exportPng: '图表（PNG）',
    exportSvg: '图表（SVG）',
    chartUnavailable: '请先显示累计图表（“图表”视图，且含移交事件）再导出。',
    saved: '已保存 {file}',
    exportFailed: '无法生成图表图片。',
    import: '导入',
    importHint: '打开您自己的 JSON 或 CSV 文件（见 docs/data-format.md）。文件只在本浏览器中读取。',
    importInput: '导入数据文件（JSON 或 CSV）',
    reading: '正在读取 {file}…',
    checking: '正在检查 {file}…',
    indexing: '正在为各视图准备 {file}…',
    progressLabel: '正在导入',
    cancel: '取消',
    cancelled: '已取消导入 {file}，未做任何更改。',
    workerFailed: '无法检查该文件：页面无法启动导入线程。',
    imported: '正在显示您的数据：来自 {file} 的 {n} 个事件。',
    importFailedShort: '无法导入 {file}：共 {n} 个问题。',
    dropTitle: '将 JSON 或 CSV 文件拖放到此处以显示您自己的数据',
    dropPrivacy: '文件只在本浏览器中读取，不会上传。',
    bannerLabel: '您的数据',
    bannerData: '您的数据：来自 {file} 的 {n} 个事件。',
    bannerLinks: '您分享的链接仍会打开内置数据集。',
    bannerNoTallies:
      '此文件没有官方累计数，因此无可比较。CSV 只含事件：官方累计数和背景数字须以 JSON 导入。',
    back: '返回内置数据集',
    errorsTitle: '无法导入 {file}',
    errorsUnchanged: '未做任何更改。请修正以下问题后重新导入：',
    dismiss: '关闭',
    tooBig: '文件超过 {mb} MB。',
    unknownKind: '需要 .json 或 .csv 文件。',
    htmlFile: '这是一个网页，不是 JSON 数据集。',
    unreadable: '无法读取该文件。',
    chartTitle: '累计移交人数',
    allEvents: '全部事件',
    filterPlaces: '地点：{list}',
    spanFrom: '{date}起',
    spanUntil: '至{date}',
    oneYear: '{year}年',
    yearSpan: '{from}–{to}年',
    filterActors: '相关方：{list}',
    filterText: '文本：“{q}”',
    chartCredit: 'Crackdown Atlas · 数据集 {version} · {n} 个事件',
    chartLegend: '按来源国分列的逐项移交：',
    chartTallies:
      '圆点：逐项累计线上报道移交的日期。带标记的线：官方公布的累计数（标注数值），从不与逐项合计相加；虚线从可比的累计数连到其起算日以来的逐项合计。',
    chartLog: '对数刻度',
  },
};
