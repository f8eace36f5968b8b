// Interface strings of stories: playing, the story panel, links and files.
import type { Messages } from '@/ui/i18n';

type StoriesMessageKey =
  | 'stepPosition'
  | 'previousStep'
  | 'nextStep'
  | 'storyCaption'
  | 'storyButton'
  | 'panelLabel'
  | 'storyTitle'
  | 'addStep'
  | 'noSteps'
  | 'stepCaption'
  | 'reorder'
  | 'reorderHint'
  | 'moveUp'
  | 'moveDown'
  | 'show'
  | 'remove'
  | 'deleted'
  | 'replaced'
  | 'replacedOne'
  | 'undo'
  | 'play'
  | 'exportFile'
  | 'importFile'
  | 'copyStoryLink'
  | 'storyLinkCopied'
  | 'copyFailed'
  | 'linkTooLong'
  | 'linkLimit'
  | 'importFailed'
  | 'imported'
  | 'otherVersion'
  | 'fixFirst'
  | 'problemStep'
  | 'close'
  | 'bundledHeading'
  | 'bundledStory';

export const STORIES_MESSAGES: Messages<StoriesMessageKey> = {
  en: {
    stepPosition: 'Step {n} of {m}',
    previousStep: 'Previous step',
    nextStep: 'Next step',
    storyCaption: 'Story caption',
    storyButton: 'Story ({n})',
    panelLabel: 'Story',
    storyTitle: 'Story title',
    addStep: 'Add this view as a step',
    noSteps: 'No steps yet: set up a view (filters, a selected event, the map), then add it.',
    stepCaption: 'Caption of step {n}',
    reorder: 'Move step {n} (drag, or ↑ ↓)',
    reorderHint: 'Drag a step by its number, or focus the number and press ↑ or ↓.',
    moveUp: 'Up',
    moveDown: 'Down',
    show: 'Show',
    remove: 'Delete',
    deleted: 'Step {n} deleted.',
    replaced: 'It replaced “{title}” ({n} steps).',
    replacedOne: 'It replaced “{title}” (1 step).',
    undo: 'Undo',
    play: 'Play',
    exportFile: 'Export file',
    importFile: 'Import file',
    copyStoryLink: 'Copy link to this story',
    storyLinkCopied: 'Link copied',
    copyFailed: 'Copy this link',
    linkTooLong:
      'This story needs {n} characters in a link; a link holds up to {max}. Export it as a file and share that instead.',
    linkLimit: 'A story link holds up to {max} characters (about 40 steps with short captions).',
    importFailed: 'The file was not imported:',
    imported: 'Imported “{title}” ({n} steps).',
    otherVersion: 'Made with dataset {story}; you are viewing {current}. Check its captions.',
    fixFirst: 'Fix these first:',
    problemStep: 'Step {n}, ',
    close: 'Close',
    bundledHeading: 'Stories with this dataset',
    bundledStory: '{title} ({n} steps)',
  },
  zh: {
    stepPosition: '第 {n} / {m} 步',
    previousStep: '上一步',
    nextStep: '下一步',
    storyCaption: '故事说明',
    storyButton: '故事（{n}）',
    panelLabel: '故事',
    storyTitle: '故事标题',
    addStep: '将当前视图添加为一步',
    noSteps: '还没有步骤：先设置视图（筛选、选中事件、地图），再添加。',
    stepCaption: '第 {n} 步说明',
    reorder: '移动第 {n} 步（拖动，或按 ↑ ↓）',
    reorderHint: '按住步骤编号拖动，或聚焦编号后按 ↑ 或 ↓。',
    moveUp: '上移',
    moveDown: '下移',
    show: '显示',
    remove: '删除',
    deleted: '已删除第 {n} 步。',
    replaced: '已替换“{title}”（{n} 步）。',
    replacedOne: '已替换“{title}”（1 步）。',
    undo: '撤销',
    play: '播放',
    exportFile: '导出文件',
    importFile: '导入文件',
    copyStoryLink: '复制此故事的链接',
    storyLinkCopied: '链接已复制',
    copyFailed: '请复制此链接',
    linkTooLong: '此故事写入链接需要 {n} 个字符；链接最多 {max} 个。请导出为文件再分享。',
    linkLimit: '故事链接最多 {max} 个字符（约 40 步简短说明）。',
    importFailed: '文件未导入：',
    imported: '已导入“{title}”（{n} 步）。',
    otherVersion: '基于数据集 {story} 制作；当前查看的是 {current}。请核对说明文字。',
    fixFirst: '请先修正：',
    problemStep: '第 {n} 步，',
    close: '关闭',
    bundledHeading: '本数据集的故事',
    bundledStory: '{title}（{n} 步）',
  },
};
