import type { ReviewReason } from '../../../contract/review-api';

/** Reasons a reviewer can give (the app shows the person the label in their language). */
export const reviewReasons: ReviewReason[] = [
  {
    code: 'face-not-clear',
    appliesTo: ['redo'],
    label: { 'zh-CN': '照片或视频里看不清脸', 'zh-TW': '照片或影片裡看不清臉', en: 'The face is not clear in the photo or video' },
  },
  {
    code: 'too-dark',
    appliesTo: ['redo'],
    label: { 'zh-CN': '光线太暗', 'zh-TW': '光線太暗', en: 'Too dark' },
  },
  {
    code: 'actions-not-seen',
    appliesTo: ['redo'],
    label: { 'zh-CN': '没有看到要求的动作', 'zh-TW': '沒有看到要求的動作', en: 'The requested actions cannot be seen' },
  },
  {
    code: 'someone-else-in-view',
    appliesTo: ['redo'],
    label: { 'zh-CN': '画面里有其他人', 'zh-TW': '畫面裡有其他人', en: 'Someone else is in the picture' },
  },
  {
    code: 'not-the-person',
    appliesTo: ['reject'],
    label: { 'zh-CN': '不是本人', 'zh-TW': '不是本人', en: 'Not the person named' },
  },
  {
    code: 'suspected-fake',
    appliesTo: ['reject'],
    label: { 'zh-CN': '疑似照片、视频翻拍或伪造', 'zh-TW': '疑似照片、影片翻拍或偽造', en: 'Looks like a photo, replayed video or fake' },
  },
  {
    code: 'details-do-not-match',
    appliesTo: ['reject', 'redo'],
    label: { 'zh-CN': '姓名或身份证号与档案不符', 'zh-TW': '姓名或身分證號與檔案不符', en: 'Name or ID number does not match the records' },
  },
  {
    code: 'visit-office',
    appliesTo: ['reject', 'redo'],
    label: { 'zh-CN': '请到社保经办机构或社区办理', 'zh-TW': '請到社保經辦機構或社區辦理', en: 'Please certify at the social insurance office or community centre' },
  },
  {
    code: 'other',
    appliesTo: ['reject', 'redo'],
    label: { 'zh-CN': '其他原因（见说明）', 'zh-TW': '其他原因（見說明）', en: 'Other reason (see note)' },
  },
];
