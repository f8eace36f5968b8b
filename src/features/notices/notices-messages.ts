// Interface strings of the link notice, the link and mode actions, in English and Simplified Chinese.
import type { IgnoredReason } from '@/state/url-values';
import type { Messages } from '@/ui/i18n';

type NoticesMessageKey =
  | 'noticeLabel'
  | 'ignoredIntro'
  | 'andMore'
  | 'versionDiffers'
  | 'storyVersionDiffers'
  | 'missingEvent'
  | 'replacedEvent'
  | 'dismiss'
  | 'actionsLabel'
  | 'copyLink'
  | 'linkCopied'
  | 'copyFailed'
  | 'present'
  | 'openFullView'
  | `reason_${IgnoredReason}`;

export const NOTICES_MESSAGES: Messages<NoticesMessageKey> = {
  en: {
    noticeLabel: 'About this link',
    ignoredIntro: 'Ignored in the link:',
    andMore: 'and {n} more',
    storyVersionDiffers:
      'This story was made with dataset {story}; you are viewing {current}. Its captions may not match every figure.',
    versionDiffers:
      'This link was made with dataset {link}; you are viewing {current}. Some events may differ.',
    missingEvent: 'The linked event “{id}” is not in this dataset.',
    replacedEvent:
      'The linked event “{from}” was merged into “{to}” when the dataset was corrected; showing that event.',
    dismiss: 'Dismiss',
    actionsLabel: 'Link and presentation',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFailed: 'Copy this link:',
    present: 'Present',
    openFullView: 'Open full view',
    'reason_unknown-key': 'unknown key',
    'reason_repeated-key': 'repeated key',
    'reason_bad-date': 'not a date like 2023-09-01 or 2023-09',
    'reason_reversed-range': 'from is after to',
    'reason_unknown-type': 'unknown type',
    'reason_bad-country': 'not a two-letter country code',
    'reason_bad-id': 'not an id',
    'reason_too-long': 'too long',
    'reason_bad-map': 'expected lat,lon,zoom',
    'reason_outside-map':
      'outside the map: zoom {minZoom}–{maxZoom} in steps of {zoomStep}, latitude {south} to {north}, longitude {west} to {east}',
    'reason_bad-value': 'unknown value',
    'reason_unknown-place': 'not a place in this dataset',
    'reason_unknown-actor': 'not an actor in this dataset',
    'reason_unknown-story': 'no such story, or a story link that cannot be read',
    'reason_unknown-step': 'the story has no such step; it starts at step 1',
  },
  zh: {
    noticeLabel: '关于此链接',
    ignoredIntro: '链接中已忽略：',
    andMore: '另有 {n} 项',
    storyVersionDiffers:
      '此故事基于数据集 {story} 制作；当前查看的是 {current}。说明文字可能与部分数字不符。',
    versionDiffers: '此链接基于数据集 {link} 生成；当前查看的是 {current}。部分事件可能不同。',
    missingEvent: '链接中的事件“{id}”不在此数据集中。',
    replacedEvent: '链接中的事件“{from}”已在数据集更正时并入“{to}”，现显示该事件。',
    dismiss: '关闭',
    actionsLabel: '链接与演示',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    copyFailed: '请复制此链接：',
    present: '演示',
    openFullView: '打开完整视图',
    'reason_unknown-key': '未知参数',
    'reason_repeated-key': '参数重复',
    'reason_bad-date': '日期格式应为 2023-09-01 或 2023-09',
    'reason_reversed-range': '起始日期晚于结束日期',
    'reason_unknown-type': '未知类型',
    'reason_bad-country': '不是两位国家代码',
    'reason_bad-id': '不是有效的标识',
    'reason_too-long': '过长',
    'reason_bad-map': '格式应为 纬度,经度,缩放',
    'reason_outside-map':
      '超出地图范围：缩放 {minZoom}–{maxZoom}（步长 {zoomStep}），纬度 {south} 至 {north}，经度 {west} 至 {east}',
    'reason_bad-value': '未知取值',
    'reason_unknown-place': '此数据集中没有该地点',
    'reason_unknown-actor': '此数据集中没有该人物或团体',
    'reason_unknown-story': '没有该故事，或故事链接无法读取',
    'reason_unknown-step': '该故事没有这一步，从第 1 步开始',
  },
};
