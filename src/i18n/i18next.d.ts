// Keys are typed from the zh-CN files (the reference locale): a mistyped key does not compile.
// When you add a namespace, add its zh-CN file here.
import type common from './locales/zh-CN/common.json';
import type home from './locales/zh-CN/home.json';
import type settings from './locales/zh-CN/settings.json';
import type due from './locales/zh-CN/due.json';
import type kiosk from './locales/zh-CN/kiosk.json';
import type family from './locales/zh-CN/family.json';
import type liveness from './locales/zh-CN/liveness.json';
import type practice from './locales/zh-CN/practice.json';
import type install from './locales/zh-CN/install.json';
import type review from './locales/zh-CN/review.json';
import type region from './locales/zh-CN/region.json';
import type guide from './locales/zh-CN/guide.json';
import type faq from './locales/zh-CN/faq.json';
import type scam from './locales/zh-CN/scam.json';
import type offline from './locales/zh-CN/offline.json';
import type submission from './locales/zh-CN/submission.json';
import type certify from './locales/zh-CN/certify.json';
import type status from './locales/zh-CN/status.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      home: typeof home;
      settings: typeof settings;
      due: typeof due;
      kiosk: typeof kiosk;
      family: typeof family;
      liveness: typeof liveness;
      practice: typeof practice;
      install: typeof install;
      review: typeof review;
      region: typeof region;
      guide: typeof guide;
      faq: typeof faq;
      scam: typeof scam;
      offline: typeof offline;
      submission: typeof submission;
      certify: typeof certify;
      status: typeof status;
    };
  }
}
