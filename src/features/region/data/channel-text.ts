// Hand-written companions to the generated regions.ts: what each channel is called on screen, how
// to get it, and its name and notes in Traditional Chinese and English. The zh-CN notes are the
// research text itself unless it talks about its own sources ("据某县通知…", "转载页"): then a plain
// zh-CN text here says only what to do, and the card shows who says so as advice and source links.
// A test checks every channel in regions.ts has an entry here, and that each entry is still the
// channel it was written for (its onScreen name appears in the research text).

/** How a person gets to a channel; each maps to one plain instruction in the region locale files. */
export type HowToGet =
  | 'appStore'
  | 'wechatMini'
  | 'alipayMini'
  | 'baiduMini'
  | 'wechatAccount'
  | 'wechatCityService'
  | 'alipayCitizenCentre'
  | 'website'
  | 'inPerson'
  | 'homeVisit'
  | 'phone';

export type TranslatedText = { 'zh-TW': string; en: string };

export type ChannelText = {
  /** The name to type into a search box or look for on the screen (Simplified, as the apps show it); null for places. */
  onScreen: string | null;
  get: readonly HowToGet[];
  name: TranslatedText;
  /** 'zh-CN' only where the research note is not fit to show as it is (see the top of this file). */
  notes: TranslatedText & { 'zh-CN'?: string };
};

export const channelText: Readonly<Record<string, ChannelText>> = {
  '00-1': {
    onScreen: '掌上12333',
    get: ['appStore'],
    name: { 'zh-TW': '掌上12333', en: 'Zhangshang 12333 (the national social-insurance app)' },
    notes: {
      'zh-TW': '人社部官方APP；人臉識別自助認證。各地都能用，按提示選擇參保地。',
      en: 'The official app of the Ministry of Human Resources and Social Security (MOHRSS); certify yourself with a face check. Works in every region: pick the place where you are insured when asked.',
    },
  },
  '00-2': {
    onScreen: '国家社会保险公共服务平台',
    get: ['website'],
    name: { 'zh-TW': '國家社會保險公共服務平台', en: 'National Social Insurance Public Service Platform (website)' },
    notes: {
      'zh-TW': '網站 si.12333.gov.cn，用電腦或手機瀏覽器刷臉認證；電腦需要有攝像頭。',
      en: 'Website si.12333.gov.cn: do the face check in a computer or phone browser; a computer needs a camera.',
    },
  },
  '00-3': {
    onScreen: '电子社保卡',
    get: ['appStore', 'wechatMini', 'alipayMini'],
    name: { 'zh-TW': '電子社保卡（APP、微信小程式、支付寶小程式）', en: 'Electronic social security card (app, WeChat and Alipay mini-programs)' },
    notes: {
      'zh-CN': '电子社保卡 APP：人社办事→社会保障→社保待遇资格认证→开始认证→勾选《人脸识别认证服务协议》《隐私政策》→刷脸。也可以在微信或支付宝搜“电子社保卡”小程序。“亲情服务”可以替最多 8 位家人申领电子社保卡。这是人社部的全国渠道，认证结果直接进国家的认证系统。',
      'zh-TW': '電子社保卡 APP：人社辦事→社會保障→社保待遇資格認證→開始認證→勾選《人臉識別認證服務協議》《隱私政策》→刷臉。也可以在微信或支付寶搜尋「电子社保卡」小程式。「親情服務」可以替最多8位家人申領電子社保卡。這是人社部的全國管道，認證結果直接進入國家的認證系統。',
      en: 'In the e-card app: 人社办事 (services) → 社会保障 → 社保待遇资格认证 → 开始认证 → tick the face-recognition agreement and privacy policy → face check. You can also search for the "电子社保卡" mini-program in WeChat or Alipay. Its family service (亲情服务) can apply for e-cards for up to 8 relatives. It is one of the ministry\'s national channels: the result goes straight into the national certification system.',
    },
  },
  '00-4': {
    onScreen: '电子社保卡',
    get: ['appStore', 'wechatMini', 'alipayMini'],
    name: { 'zh-TW': '電子社保卡的申領管道（雲閃付、銀行APP、國家政務服務平台等）', en: 'Where to claim the e-card (UnionPay QuickPass, bank apps, National Government Service Platform, …)' },
    notes: {
      'zh-CN': '还没有电子社保卡的，可以在这些地方申领：电子社保卡 APP 或小程序、掌上12333、国家政务服务平台、本地人社 APP、工农中建等银行的 APP、支付宝、微信、云闪付。申领以后用上面的“电子社保卡”认证；这些地方本身能不能认证，不一定。',
      'zh-TW': '還沒有電子社保卡的，可以在這些地方申領：電子社保卡APP或小程式、掌上12333、國家政務服務平台、本地人社APP、工農中建等銀行的APP、支付寶、微信、雲閃付。申領以後用上面的「電子社保卡」認證；這些地方本身能不能認證，不一定。',
      en: 'If you have no e-card yet, you can claim one in: the e-card app or mini-program, Zhangshang 12333, the National Government Service Platform, your local HRSS app, bank apps (ICBC, ABC, BOC, CCB…), Alipay, WeChat or UnionPay QuickPass. Then certify with the e-card above; whether these places can certify you themselves is not certain.',
    },
  },
  '00-5': {
    onScreen: '中国领事',
    get: ['appStore', 'wechatMini'],
    name: { 'zh-TW': '中國領事（APP／小程式）', en: 'China Consular Service (app / mini-program)' },
    notes: {
      'zh-TW': '外交部的應用，住在境外的人用「養老金資格」模組在線認證（2021-05-31起）：用電子郵箱或國內手機號註冊→實名→填身分證／護照資料→人臉核驗→提交；地方人社部門審核，通常不超過10個工作日。失敗時可到使領館辦紙本審核表。',
      en: 'The Ministry of Foreign Affairs app, for people living abroad: the "养老金资格" (pension eligibility) section (since 2021-05-31). Register with an email or a mainland mobile number → real-name check → enter ID card and passport details → face check → submit. The local HRSS office reviews it, usually within 10 working days. If it fails, a paper review form can be done at an embassy or consulate.',
    },
  },
  '00-6': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保經辦機構、社區（村）服務點、上門認證', en: 'Social insurance office, community (village) service point, home visit' },
    notes: {
      'zh-TW': '社會化服務認證：在社區或村裡的活動中自然完成；高齡和行動不便的人可以申請上門認證。',
      en: 'Certification through community services: it can happen during community or village activities; very old people and people who cannot get about can ask for a home visit.',
    },
  },
  '00-7': {
    onScreen: '12333',
    get: ['phone'],
    name: { 'zh-TW': '12333 電話', en: '12333 hotline' },
    notes: {
      'zh-TW': '人社服務熱線（各地是「區號+12333」），用來諮詢、求助，本身不是認證管道。',
      en: 'The human resources and social security hotline (locally "area code + 12333"), for questions and help. It is not a way to certify by itself.',
    },
  },
  '11-1': {
    onScreen: '京通',
    get: ['wechatMini', 'alipayMini', 'baiduMini'],
    name: { 'zh-TW': '「京通｜健康寶」小程式（微信／支付寶／百度）', en: 'Jingtong (Beijing) mini-program (WeChat / Alipay / Baidu)' },
    notes: {
      'zh-TW': '京通→北京通子欄目→搜尋「社保认证」→本人認證／代他人認證→掃臉並做提示的動作→提交。全年都能認證，每月1–3日系統維護暫停。',
      en: 'Jingtong → the 北京通 section → search "社保认证" → certify yourself (本人认证) or for someone else (代他人认证) → scan the face and do the prompted actions → submit. Open all year, except the 1st–3rd of each month (system maintenance).',
    },
  },
  '11-2': {
    onScreen: '北京通',
    get: ['appStore'],
    name: { 'zh-TW': '北京通 APP', en: 'Beijing Tong app' },
    notes: {
      'zh-CN': '下载“北京通”APP，实名登录→办事→个人办事→社会保障→社保认证→本人认证（或代他人认证）→刷脸。3 个工作日内可以在“认证记录”里看结果。这个 APP 后来可能改名叫“京通”，找不到就用上面的“京通”小程序。',
      'zh-TW': '下載「北京通」APP，實名登入→辦事→個人辦事→社會保障→社保認證→本人認證（或代他人認證）→刷臉。3個工作日內可以在「認證記錄」裡看結果。這個APP後來可能改名為「京通」，找不到就用上面的「京通」小程式。',
      en: 'Download the Beijing Tong app and log in with your real name → 办事 (services) → 个人办事 → 社会保障 → 社保认证 → 本人认证 (yourself) or 代他人认证 (for someone else) → face check. Within 3 working days the result shows under 认证记录 (records). The app may since have been renamed 京通 (Jingtong); if you cannot find it, use the Jingtong mini-program above.',
    },
  },
  '11-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '用人單位或社保機構協助認證', en: 'Help from the employer or the social insurance office' },
    notes: {
      'zh-TW': '因為身體原因不能在線上自助認證的，聯絡用人單位或所屬社保機構申請協助。',
      en: 'If health problems stop you certifying online yourself, contact your employer or your social insurance office and ask for help.',
    },
  },
  '12-1': {
    onScreen: '津社保',
    get: ['wechatAccount'],
    name: { 'zh-TW': '津社保（微信公眾號）', en: 'Jin Shebao (Tianjin WeChat official account)' },
    notes: {
      'zh-CN': '公众号里的网页：智服务→个人用户→社保待遇认证→养老保险待遇资格认证→本人认证／为他人认证（已绑定的亲人）／其他人的认证。在这里也能查认证结果和有效期。',
      'zh-TW': '公眾號內的網頁：智服務→個人用戶→社保待遇認證→養老保險待遇資格認證→本人認證／為他人認證（已綁定的親人）／其他人的認證。在這裡也能查認證結果和有效期。',
      en: 'Pages inside the official account: 智服务 → 个人用户 → 社保待遇认证 → 养老保险待遇资格认证 → for yourself, for a linked relative, or for someone else. You can also check the result and until when your certification is valid.',
    },
  },
  '12-2': {
    onScreen: '天津人力社保',
    get: ['appStore'],
    name: { 'zh-TW': '天津人力社保 APP', en: 'Tianjin Human Resources and Social Security app' },
    notes: {
      'zh-CN': '在 APP 的“服务”里找养老待遇的资格认证。我们的资料里菜单名写得不全，找不到就打 12333 问。',
      'zh-TW': '在APP的「服務」裡找養老待遇的資格認證。我們的資料裡選單名稱寫得不完整，找不到就打12333問。',
      en: 'Look under 服务 (services) for the pension eligibility certification. Our source gives the menu names only in part; if you cannot find it, call 12333.',
    },
  },
  '12-3': {
    onScreen: '天津社会保险',
    get: ['wechatAccount'],
    name: { 'zh-TW': '天津社會保險（微信公眾號）', en: 'Tianjin Social Insurance (WeChat official account)' },
    notes: {
      'zh-CN': '关注“天津社会保险”公众号，在里面可以办认证、查认证结果。它和“津社保”公众号都能用。',
      'zh-TW': '關注「天津社会保险」公眾號，在裡面可以辦認證、查認證結果。它和「津社保」公眾號都能用。',
      en: 'Follow the 天津社会保险 official account: you can certify and check the result there. Both it and the 津社保 account can be used.',
    },
  },
  '12-4': {
    onScreen: null,
    get: ['wechatCityService', 'alipayCitizenCentre'],
    name: { 'zh-TW': '微信、支付寶管道', en: 'WeChat and Alipay' },
    notes: {
      'zh-CN': '微信的“城市服务”和支付宝的“市民中心”里都可以办认证，不用另外下载软件。',
      'zh-TW': '微信的「城市服務」和支付寶的「市民中心」裡都可以辦認證，不用另外下載軟體。',
      en: 'You can certify in WeChat\'s 城市服务 (City Services) and in Alipay\'s 市民中心 (Citizen Centre), with nothing else to download.',
    },
  },
  '12-5': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '15家養老金代發銀行的智能自助機；區分中心、街鎮黨群服務中心窗口', en: 'Self-service machines at the 15 pension-paying banks; district centres and street/town service-centre counters' },
    notes: {
      'zh-TW': '社銀合作的自助機可以認證；各區分中心、街鎮黨群服務中心設有認證窗口。',
      en: 'The self-service machines run with the banks can certify you; district centres and street/town service centres have certification counters.',
    },
  },
  '13-1': {
    onScreen: '河北人社',
    get: ['appStore'],
    name: { 'zh-TW': '河北人社 APP', en: 'Hebei HRSS app (河北人社)' },
    notes: {
      'zh-CN': '待遇资格认证→输入身份证号→刷脸认证（或“去认证”）→认证成功，可以看认证记录。要做动作，不用密码。自己、邻居或亲属的手机都能用。张家口从 2024 年 4 月起也统一用这个 APP。',
      'zh-TW': '待遇資格認證→輸入身分證號→刷臉認證（或「去認證」）→認證成功，可以看認證記錄。要做動作，不用密碼。自己、鄰居或親屬的手機都能用。張家口從2024年4月起也統一用這個APP。',
      en: '待遇资格认证 → enter the ID number → face check (刷脸认证 or 去认证) → success; you can then see the record. You do actions; no password needed. Your own phone, a neighbour\'s or a relative\'s all work. Zhangjiakou has also used this app since April 2024.',
    },
  },
  '13-2': {
    onScreen: '易人社',
    get: ['appStore'],
    name: { 'zh-TW': '易人社 APP（易人社系統）', en: 'Yi Renshe app' },
    notes: {
      'zh-CN': '只有安卓版。注册（姓名、身份证号、密码、手机号）→本人认证（会显示您的模板照片；没有模板要先到经办机构建模）。有的县说它不用做动作但要密码，能绑定的人数有限，适合做动作有困难的老人。较新的通知只提“河北人社”APP，用它之前先打 12333 问一问还能不能用。',
      'zh-TW': '只有安卓版。註冊（姓名、身分證號、密碼、手機號）→本人認證（會顯示您的模板照片；沒有模板要先到經辦機構建模）。有的縣說它不用做動作但要密碼，能綁定的人數有限，適合做動作有困難的老人。較新的通知只提「河北人社」APP，用它之前先打12333問一問還能不能用。',
      en: 'Android only. Register (name, ID number, password, phone) → certify yourself (it shows your template photo; without one you must enrol your face at the office first). Some counties say it needs no actions but a password, and limits how many people can be linked: suited to elders who find the actions hard. Newer notices mention only the 河北人社 app, so call 12333 before relying on this one.',
    },
  },
  '13-3': {
    onScreen: '智能身份验证',
    get: ['appStore'],
    name: { 'zh-TW': '智能身分驗證 APP', en: 'Smart identity verification app (智能身份验证)' },
    notes: {
      'zh-CN': '有的县在用。失败 3 次可以申请人工审核，大约要 3 个工作日。不知道您所在的县用不用它，先打 12333 问。',
      'zh-TW': '有的縣在用。失敗3次可以申請人工審核，大約要3個工作日。不知道您所在的縣用不用它，先打12333問。',
      en: 'Used in some counties. After 3 failures you can ask for a manual review (about 3 working days). Whether your county uses it is not known: call 12333 first.',
    },
  },
  '13-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '上門認證／社保中心現場認證', en: 'Home visit / at the social insurance centre' },
    notes: {
      'zh-TW': '臥床、重病等情況，由家屬聯絡社保中心上門認證。',
      en: 'For people who are bedridden or seriously ill, the family contacts the social insurance centre for a home visit.',
    },
  },
  '14-1': {
    onScreen: '民生山西',
    get: ['appStore'],
    name: { 'zh-TW': '民生山西 APP', en: 'Minsheng Shanxi app' },
    notes: {
      'zh-CN': '企业退休人员可以在“民生山西”APP 里自己办养老待遇资格认证（吕梁市人社局列出的办法）。',
      'zh-TW': '企業退休人員可以在「民生山西」APP裡自己辦養老待遇資格認證（呂梁市人社局列出的辦法）。',
      en: 'Enterprise retirees can certify themselves in the 民生山西 app (a way listed by the Lüliang city HRSS bureau).',
    },
  },
  '14-2': {
    onScreen: '老来网',
    get: ['appStore'],
    name: { 'zh-TW': '老來網 APP', en: 'Laolai app (老来网)' },
    notes: {
      'zh-CN': '“老来网”是一家公司的平台，不是政府的，但当地人社部门把它列为可以认证的办法。',
      'zh-TW': '「老來網」是一家公司的平台，不是政府的，但當地人社部門把它列為可以認證的辦法。',
      en: '老来网 is a company\'s platform, not the government\'s, but the local HRSS department lists it as a way to certify.',
    },
  },
  '14-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '經辦機構窗口（用「智慧眼」終端重新建模）', en: 'Office counter (re-enrol your face on a "智慧眼" terminal)' },
    notes: {
      'zh-TW': 'APP不能通過的，可以到經辦機構用「智慧眼」終端重新建模認證；仍不能認證的可以強制認證（單位證明＋手持近期報紙和身分證的照片）；不收費。',
      en: 'If the app does not work, the office can re-enrol your face on a "智慧眼" terminal. If that still fails, a forced certification is possible (employer statement plus a photo of you holding a recent newspaper and your ID card). Free of charge.',
    },
  },
  '15-1': {
    onScreen: '内蒙古人社',
    get: ['appStore'],
    name: { 'zh-TW': '內蒙古人社 APP', en: 'Inner Mongolia HRSS app (内蒙古人社)' },
    notes: {
      'zh-TW': '資格認證→勾選須知→身分證號、姓名、手機號（可以是能聯絡到本人的號碼）→認證類別選「養老資格認證」→按語音提示做動作；服務→認證記錄可以查詢（官方提醒認證後一定要查）。2024-06-01起，新退休的人收到短信後要先在這裡完成首次認證。',
      en: '资格认证 → tick the notice → ID number, name and a phone number (one that reaches the person) → type "养老资格认证" → follow the spoken prompts. Check 服务 → 认证记录 afterwards (the official guide says always check). Since 2024-06-01, new retirees who get an SMS must do their first certification here.',
    },
  },
  '15-2': {
    onScreen: '内蒙古社会保险事业服务中心',
    get: ['wechatAccount'],
    name: { 'zh-TW': '內蒙古社會保險事業服務中心（微信公眾號）', en: 'Inner Mongolia Social Insurance Service Centre (WeChat official account)' },
    notes: {
      'zh-CN': '社保服务→待遇资格认证，再选认证类别（养老、工伤、养老遗属、工伤遗属或其他）。',
      'zh-TW': '社保服務→待遇資格認證，再選認證類別（養老、工傷、養老遺屬、工傷遺屬或其他）。',
      en: '社保服务 → 待遇资格认证, then choose the type (pension, work injury, survivors or other).',
    },
  },
  '21-1': {
    onScreen: '辽宁人社',
    get: ['wechatMini'],
    name: { 'zh-TW': '遼寧人社（微信小程式）', en: 'Liaoning HRSS (WeChat mini-program)' },
    notes: {
      'zh-TW': '去綁定（掃臉，用實名手機）→待遇認證→輸入手機號等→前往認證→人臉識別；沒有實名手機或智能手機的，由親屬在自己的小程式裡「代他人認證」；認證後會顯示本期的起止時間，多次認證的下一期自動順延。',
      en: 'Link your account (face scan, real-name phone) → 待遇认证 → enter your phone number etc. → 前往认证 → face check. People without a real-name phone or a smartphone are certified by a relative with "代他人认证" in the relative\'s mini-program. Afterwards it shows the start and end of the current period; certifying again pushes the next one back.',
    },
  },
  '21-2': {
    onScreen: '辽宁人社',
    get: ['appStore'],
    name: { 'zh-TW': '遼寧人社 APP', en: 'Liaoning HRSS app' },
    notes: {
      'zh-CN': '铁岭的资料说，可以用“掌上12333”或“辽宁人社”APP 认证，安卓手机扫码下载。这条资料不好，先打 12333 问。',
      'zh-TW': '鐵嶺的資料說，可以用「掌上12333」或「遼寧人社」APP認證，安卓手機掃碼下載。這條資料不好，先打12333問。',
      en: 'A Tieling source says you can certify in 掌上12333 or the 辽宁人社 app (Android: download by scanning a code). The source is poor: call 12333 first.',
    },
  },
  '21-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '原單位網上報送認證（機關事業單位退休人員）', en: 'Certified online by the former employer (retired civil servants and public institution staff)' },
    notes: {
      'zh-TW': '機關事業單位退休人員也可以由原單位在網上報送認證。',
      en: 'People retired from government bodies and public institutions can also be certified online by their former employer.',
    },
  },
  '22-1': {
    onScreen: '吉林省社会保险',
    get: ['wechatMini', 'alipayMini'],
    name: { 'zh-TW': '吉林省社會保險（微信／支付寶小程式）', en: 'Jilin Social Insurance (WeChat / Alipay mini-program)' },
    notes: {
      'zh-TW': '搜尋「吉林省社会保险」小程式→去認證→人臉識別；在業務辦理「待遇認證」裡可以選「認證（一年一次）」或「建模（首次退休）」。',
      en: 'Search for the "吉林省社会保险" mini-program → 去认证 → face check. Under 待遇认证 you can choose "认证（一年一次）" (yearly certification) or "建模（首次退休）" (face enrolment for new retirees).',
    },
  },
  '22-2': {
    onScreen: '吉林掌上社保',
    get: ['appStore'],
    name: { 'zh-TW': '吉林掌上社保 APP', en: 'Jilin Zhangshang Shebao app' },
    notes: {
      'zh-TW': '待遇認證→姓名、身分證號→選擇攝像頭→認證；「認證記錄」可以查歷年記錄和上次認證時間。',
      en: '待遇认证 → name and ID number → choose the camera → certify. "认证记录" shows past records and when you last certified.',
    },
  },
  '22-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保局現場／上門（高齡、重病）', en: 'At the social insurance bureau / home visit (very old, seriously ill)' },
    notes: {
      'zh-TW': '不能在線上自助認證的高齡或重病人員，由家屬聯絡當地社保局在線下辦理。',
      en: 'For very old or seriously ill people who cannot certify online, the family contacts the local social insurance bureau to do it in person.',
    },
  },
  '22-4': {
    onScreen: '老来网',
    get: ['appStore'],
    name: { 'zh-TW': '老來網 APP', en: 'Laolai app (老来网)' },
    notes: {
      'zh-CN': '白城的旧资料提到，可以在“老来网”APP 里认证，还能远程建模。现在是否还能用不清楚，优先用上面的官方渠道。',
      'zh-TW': '白城的舊資料提到，可以在「老來網」APP裡認證，還能遠程建模。現在是否還能用不清楚，優先用上面的官方管道。',
      en: 'An old Baicheng source mentions certifying, and enrolling your face remotely, in the 老来网 app. Whether it still works is unclear: prefer the official channels above.',
    },
  },
  '23-1': {
    onScreen: '龙江人社',
    get: ['alipayMini'],
    name: { 'zh-TW': '龍江人社（支付寶小程式）', en: 'Longjiang HRSS (Alipay mini-program)' },
    notes: {
      'zh-TW': '社保待遇領取資格認證→姓名、身分證號→同意協議→人臉識別。',
      en: '社保待遇领取资格认证 → name and ID number → agree to the terms → face check.',
    },
  },
  '23-2': {
    onScreen: '龙易办',
    get: ['appStore'],
    name: { 'zh-TW': '龍易辦 APP（原「黑龍江全省事」APP）', en: 'Longyiban app (formerly "Heilongjiang Quanshengshi")' },
    notes: {
      'zh-TW': '人臉識別自助認證；「黑龍江全省事」已經改名為「龍易辦」。',
      en: 'Self-certification with a face check. "黑龙江全省事" has been renamed "龙易办".',
    },
  },
  '23-3': {
    onScreen: '龙江人社',
    get: ['appStore'],
    name: { 'zh-TW': '龍江人社 APP', en: 'Longjiang HRSS app' },
    notes: {
      'zh-TW': '注意：從2023年10月起，這個APP的人臉識別待遇資格認證已經移到支付寶「龍江人社」小程式和全省事（龍易辦）APP，不要再在APP裡認證；登入時的刷臉不等於待遇資格認證。',
      en: 'Note: since October 2023 the face certification has moved out of this app to the Alipay "龙江人社" mini-program and the 龙易办 app. Do not certify in this app any more. The face scan when logging in is not the certification.',
    },
  },
  '23-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社銀合作銀行網點（建行、郵儲、工行、農商行等）及社區', en: 'Partner bank branches (CCB, Postal Savings Bank, ICBC, rural commercial banks…) and communities' },
    notes: {
      'zh-TW': '帶身分證到居住地的社區或合作銀行網點，由工作人員協助認證；行動不便的人可以申請上門認證。',
      en: 'Take your ID card to your community or a partner bank branch, where staff help you certify. People who cannot get about can ask for a home visit.',
    },
  },
  '31-1': {
    onScreen: '随申办',
    get: ['appStore', 'wechatMini', 'alipayMini'],
    name: { 'zh-TW': '「隨申辦市民雲」（APP、微信／支付寶小程式）', en: 'Suishenban Citizen Cloud (app, WeChat and Alipay mini-programs)' },
    notes: {
      'zh-CN': '打开“随申办市民云”（APP 或微信、支付宝小程序），搜“领取上海社保待遇资格认证”→上海社保待遇领取资格认证办理→去办理→读完声明打勾→选“本人办理”（或“协助他人办理”，填对方的姓名、证件号、手机号）→同意并认证→刷脸。必须是要认证的本人刷脸。没通过可以选“重新认证”或“上传材料认证”，社保机构 15 个工作日内审核，不通过会打电话给您。进度在“我的”→“我的办件”里看。',
      'zh-TW': '打開「随申办市民云」（APP或微信、支付寶小程式），搜尋「领取上海社保待遇资格认证」→上海社保待遇領取資格認證辦理→去辦理→讀完聲明打勾→選「本人辦理」（或「協助他人辦理」，填對方的姓名、證件號、手機號）→同意並認證→刷臉。必須是要認證的本人刷臉。沒通過可以選「重新認證」或「上傳材料認證」，社保機構15個工作日內審核，不通過會打電話給您。進度在「我的」→「我的辦件」裡看。',
      en: 'Open Suishenban (随申办市民云: the app, or its WeChat or Alipay mini-program) and search "领取上海社保待遇资格认证" → 上海社保待遇领取资格认证办理 → 去办理 → read the statement and tick it → 本人办理 (yourself) or 协助他人办理 (helping someone: enter their name, ID number and phone) → 同意并认证 → face check. The person being certified must do the face check themselves. If it fails, choose 重新认证 (try again) or 上传材料认证 (upload documents): the office reviews within 15 working days and phones you if it is refused. See the progress under 我的 → 我的办件.',
    },
  },
  '31-2': {
    onScreen: '上海人社',
    get: ['appStore'],
    name: { 'zh-TW': '上海人社 APP', en: 'Shanghai HRSS app' },
    notes: {
      'zh-CN': '2019 年的办法：下载“上海人社”APP→用身份证号和密码登录→社保→领取待遇资格认证→按要求做动作，当场出结果。现在还能不能用没有确认，请先用上面的“随申办市民云”；有问题打 021-12333。常见的失败原因：和身份证照片不够像、动作没做完、网速慢。再进去显示“您已于某年某月某日完成认证”，就是已经通过了。',
      'zh-TW': '2019年的辦法：下載「上海人社」APP→用身分證號和密碼登入→社保→領取待遇資格認證→按要求做動作，當場出結果。現在還能不能用沒有確認，請先用上面的「隨申辦市民雲」；有問題打021-12333。常見的失敗原因：和身分證照片不夠像、動作沒做完、網速慢。再進去顯示「您已於某年某月某日完成認證」，就是已經通過了。',
      en: 'The 2019 way: download the 上海人社 app → log in with your ID number and password → 社保 → 领取待遇资格认证 → do the actions asked; the result shows at once. Whether it still works is not confirmed: use Suishenban above first; questions to 021-12333. Common reasons for failing: not looking enough like the ID-card photo, actions not finished, a slow network. If it says 您已于…完成认证 (you certified on …), you have passed.',
    },
  },
  '32-1': {
    onScreen: '江苏智慧人社',
    get: ['appStore'],
    name: { 'zh-TW': '江蘇智慧人社 APP', en: 'Jiangsu Smart HRSS app (江苏智慧人社)' },
    notes: {
      'zh-TW': '待遇資格認證→選擇險種（企業／機關事業／城鄉居民）→姓名、身分證號→滑塊驗證→正對手機刷臉→認證成功。',
      en: '待遇资格认证 → choose the insurance type (enterprise / government and public institution / urban-rural residents) → name and ID number → slider check → face the phone for the face check → success.',
    },
  },
  '32-2': {
    onScreen: '江苏智慧人社',
    get: ['wechatMini', 'alipayMini'],
    name: { 'zh-TW': '江蘇智慧人社（微信／支付寶小程式）', en: 'Jiangsu Smart HRSS (WeChat / Alipay mini-program)' },
    notes: {
      'zh-TW': '不用註冊，首頁就有「待遇資格認證」，可以自己認證或讓親友協助，按提示做簡單動作。',
      en: 'No registration: "待遇资格认证" is on the first page. Certify yourself or with help from family or friends, doing simple prompted actions.',
    },
  },
  '33-1': {
    onScreen: '浙里办',
    get: ['appStore'],
    name: { 'zh-TW': '浙里辦 APP', en: 'Zheliban app (浙里办)' },
    notes: {
      'zh-TW': '搜尋「社保待遇认证」→本人認證／幫助他人認證（輸入對方姓名、證件號碼）→進入人臉識別認證。',
      en: 'Search "社保待遇认证" → certify yourself or help someone else (enter their name and ID number) → face check.',
    },
  },
  '33-2': {
    onScreen: '市民中心',
    get: ['alipayCitizenCentre'],
    name: { 'zh-TW': '支付寶 市民中心→社保→養老資格認證', en: 'Alipay: 市民中心 (Citizen Centre) → 社保 → 养老资格认证' },
    notes: {
      'zh-CN': '打开支付宝的“市民中心”→社保→养老资格认证→刷脸。',
      'zh-TW': '打開支付寶的「市民中心」→社保→養老資格認證→刷臉。',
      en: 'In Alipay open 市民中心 (Citizen Centre) → 社保 → 养老资格认证 → face check.',
    },
  },
  '33-3': {
    onScreen: '宁波人社',
    get: ['appStore'],
    name: { 'zh-TW': '寧波人社 APP（寧波）', en: 'Ningbo HRSS app (Ningbo)' },
    notes: {
      'zh-CN': '宁波的人可以用“宁波人社”APP。别的城市可能也有自己的人社 APP，问当地社区或打 12333。',
      'zh-TW': '寧波的人可以用「寧波人社」APP。別的城市可能也有自己的人社APP，問當地社區或打12333。',
      en: 'People in Ningbo can use the 宁波人社 app. Other cities may have their own HRSS app: ask your community office or call 12333.',
    },
  },
  '33-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保卡開戶銀行櫃台／社保經辦機構窗口', en: 'Counter of the bank that issued your social security card / social insurance office counter' },
    notes: {
      'zh-TW': '部分地區可以在銀行網點或經辦窗口認證；過期後要到線下補辦，下個月恢復。',
      en: 'In some places you can certify at a bank branch or an office counter. After a lapse you must certify in person; payment resumes the next month.',
    },
  },
  '34-1': {
    onScreen: '皖事通',
    get: ['appStore'],
    name: { 'zh-TW': '皖事通 APP', en: 'Wanshitong app (皖事通)' },
    notes: {
      'zh-TW': '推薦企業退休人員用皖事通自助認證，子女親友可以協助；提示「本年度已認证」時，要間隔3個月再認證。',
      en: 'Recommended for enterprise retirees; children, family and friends can help. If it says "本年度已认证" (already certified this year), wait 3 months before certifying again.',
    },
  },
  '34-2': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '養老金發放銀行網點；住在省內其他城市的可到徽商銀行網點', en: 'Branches of the bank that pays your pension; elsewhere in the province, Huishang Bank branches' },
    notes: {
      'zh-TW': '帶身分證或社保卡到銀行網點認證；另外還有社區（村）認證、預約上門協助認證。',
      en: 'Take your ID card or social security card to the bank branch. There is also certification in the community (village) and home visits by appointment.',
    },
  },
  '34-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '微信（QQ）視訊認證', en: 'WeChat (QQ) video-call certification' },
    notes: {
      'zh-TW': '某市的企保中心為住在外地的人提供視訊認證（城市和年份不詳）。',
      en: 'One city\'s enterprise pension centre offers video-call certification to people living outside the city (city and year not stated).',
    },
  },
  '35-1': {
    onScreen: '福建居民养老保险',
    get: ['wechatAccount', 'alipayMini'],
    name: { 'zh-TW': '「福建居民養老保險」（微信公眾號、支付寶生活號及城市服務，「居民保小程式」）', en: 'Fujian Residents\' Pension Insurance (WeChat account, Alipay, the 居民保 mini-program)' },
    notes: {
      'zh-CN': '给领城乡居民养老保险的人用。进入“居民保小程序”→资格认证→自助认证→刷脸。家人可以在自己手机的居民保小程序里选“为他人认证”，输入老人的姓名和身份证号，再让老人刷脸。也可以带身份证或社保卡到乡镇、村的居保窗口，请工作人员帮忙。每年 1—12 月里认证一次；上一年没认证的会暂停发放。',
      'zh-TW': '給領城鄉居民養老保險的人用。進入「居民保小程式」→資格認證→自助認證→刷臉。家人可以在自己手機的居民保小程式裡選「為他人認證」，輸入老人的姓名和身分證號，再讓老人刷臉。也可以帶身分證或社保卡到鄉鎮、村的居保窗口，請工作人員幫忙。每年1—12月裡認證一次；上一年沒認證的會暫停發放。',
      en: 'For people with the urban-rural residents\' pension. Open the 居民保 mini-program → 资格认证 → 自助认证 → face check. A relative can choose 为他人认证 (for someone else) in the mini-program on their own phone, enter the elder\'s name and ID number, and let the elder do the face check. Or take your ID card or social security card to the residents\' pension counter in your town or village and ask the staff. Once a year, any time from January to December; payment stops if last year was missed.',
    },
  },
  '35-2': {
    onScreen: '闽政通',
    get: ['appStore'],
    name: { 'zh-TW': '閩政通 APP', en: 'Minzhengtong app (闽政通)' },
    notes: {
      'zh-CN': '在 APP 里搜“企业养老待遇资格认证”→输入身份证号、姓名→按语音提示刷脸、眨眼。',
      'zh-TW': '在APP裡搜尋「企业养老待遇资格认证」→輸入身分證號、姓名→按語音提示刷臉、眨眼。',
      en: 'Search "企业养老待遇资格认证" in the app → enter the ID number and name → face check and blink as the voice says.',
    },
  },
  '35-3': {
    onScreen: '福建社保',
    get: ['appStore'],
    name: { 'zh-TW': '福建社保 APP', en: 'Fujian Social Insurance app' },
    notes: {
      'zh-CN': '泉州几年前的办法：资格认证→身份证号→补充信息→按随机动作刷脸。APP 可能已经改名或不再用。',
      'zh-TW': '泉州幾年前的辦法：資格認證→身分證號→補充資料→按隨機動作刷臉。APP可能已經改名或不再用。',
      en: 'The Quanzhou way of some years ago: 资格认证 → ID number → extra details → face check with random actions. The app may have been renamed or retired.',
    },
  },
  '35-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '街道社區現場人臉識別認證；住在外地的到就近經辦機構', en: 'Face check at the street/community office; people living elsewhere at the nearest office' },
    notes: {
      'zh-CN': '到街道、社区现场刷脸认证；住在外地的，到就近的社保经办机构。这是福州 2017 年的安排，去之前先问社区。',
      'zh-TW': '到街道、社區現場刷臉認證；住在外地的，到就近的社保經辦機構。這是福州2017年的安排，去之前先問社區。',
      en: 'A face check at the street or community office; people living elsewhere go to the nearest social insurance office. This is how Fuzhou did it in 2017: ask your community office before you go.',
    },
  },
  '36-1': {
    onScreen: '江西人社',
    get: ['appStore'],
    name: { 'zh-TW': '江西人社 APP', en: 'Jiangxi HRSS app (江西人社)' },
    notes: {
      'zh-CN': '在应用市场下载“江西人社”APP→首页最上面的“养老待遇资格认证”（苹果、华为手机在“敬老服务专区”里）→选企业职工养老待遇领取认证→开始认证→选您领待遇的市→输入姓名、身份证号→刷脸。“待遇领取认证查询”里可以看结果和下次什么时候认证。自己或亲友的手机都可以。',
      'zh-TW': '在應用市場下載「江西人社」APP→首頁最上面的「養老待遇資格認證」（蘋果、華為手機在「敬老服務專區」裡）→選企業職工養老待遇領取認證→開始認證→選您領待遇的市→輸入姓名、身分證號→刷臉。「待遇領取認證查詢」裡可以看結果和下次什麼時候認證。自己或親友的手機都可以。',
      en: 'Download the 江西人社 app → 养老待遇资格认证 at the top of the home page (on Apple and Huawei phones inside 敬老服务专区) → the enterprise retirees\' certification → 开始认证 → choose the city that pays you → enter your name and ID number → face check. 待遇领取认证查询 shows the result and when the next one is due. Your own phone or a relative\'s both work.',
    },
  },
  '36-2': {
    onScreen: '江西省人社厅',
    get: ['wechatMini'],
    name: { 'zh-TW': '江西省人社廳（微信小程式）', en: 'Jiangxi HRSS Department (WeChat mini-program)' },
    notes: {
      'zh-TW': '資格認證→本人認證／幫親友認證（輸入退休人員資料）→刷臉。',
      en: '资格认证 → certify yourself or help a relative (enter the retiree\'s details) → face check.',
    },
  },
  '36-3': {
    onScreen: '赣服通',
    get: ['alipayMini', 'appStore'],
    name: { 'zh-TW': '贛服通（支付寶小程式／APP）', en: 'Ganfutong (Alipay mini-program / app)' },
    notes: {
      'zh-TW': '搜尋「养老待遇认证」→本人辦理／代他人辦理→出現「认证数据提交成功」→可以查詢認證結果。',
      en: 'Search "养老待遇认证" → for yourself or for someone else → "认证数据提交成功" (data submitted) appears → you can then look up the result.',
    },
  },
  '36-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保機構現場、預約上門、郵寄資料代為認證', en: 'At the social insurance office, home visit by appointment, or by post' },
    notes: {
      'zh-CN': '带身份证或社保卡，到全市任何一个社保经办机构的窗口，用自助机或请工作人员帮忙现场认证。预约上门、邮寄资料代认证只在旧资料里见过，需要时先打 12333 问。',
      'zh-TW': '帶身分證或社保卡，到全市任何一個社保經辦機構的窗口，用自助機或請工作人員幫忙現場認證。預約上門、郵寄資料代認證只在舊資料裡見過，需要時先打12333問。',
      en: 'Take your ID card or social security card to any social insurance office in the city and certify there, at a self-service machine or with the staff. Home visits by appointment and certifying by post appear only in older sources: call 12333 first if you need them.',
    },
  },
  '37-1': {
    onScreen: '爱山东',
    get: ['appStore'],
    name: { 'zh-TW': '愛山東 APP', en: 'Ai Shandong app (爱山东)' },
    notes: {
      'zh-TW': '首頁搜尋「社会保险待遇领取资格认证」→本人認證／代他人認證（代辦的人不用刷臉，只對被認證的人刷臉）。',
      en: 'Search "社会保险待遇领取资格认证" on the first page → for yourself or for someone else (the helper does not scan their own face; only the retiree\'s face is scanned).',
    },
  },
  '37-2': {
    onScreen: '爱山东',
    get: ['wechatAccount', 'wechatMini'],
    name: { 'zh-TW': '愛山東政務服務（小程式，從各地人社公眾號進入）', en: 'Ai Shandong government services (mini-program, through the local HRSS official account)' },
    notes: {
      'zh-CN': '从当地人社公众号进入（济宁：济宁人社公众号→社保服务→社保待遇认证），或在“爱山东”小程序里选“本人认证”或“代他人认证”→刷脸。第一次用要刷两次脸（先登录，再认证）。替别人认证要填对方的姓名、身份证号、手机号，手机号不能和自己的一样。认证成功后会告诉您下次认证的截止日期。自己弄不成，可以带身份证或社保卡到经办大厅办。',
      'zh-TW': '從當地人社公眾號進入（濟寧：濟寧人社公眾號→社保服務→社保待遇認證），或在「愛山東」小程式裡選「本人認證」或「代他人認證」→刷臉。第一次用要刷兩次臉（先登入，再認證）。替別人認證要填對方的姓名、身分證號、手機號，手機號不能和自己的一樣。認證成功後會告訴您下次認證的截止日期。自己弄不成，可以帶身分證或社保卡到經辦大廳辦。',
      en: 'Go in through your local HRSS official account (Jining: 济宁人社 → 社保服务 → 社保待遇认证), or in the 爱山东 mini-program choose 本人认证 (yourself) or 代他人认证 (for someone else) → face check. The first time you do the face check twice (to log in, then to certify). For someone else you enter their name, ID number and phone, which must differ from your own. After success it tells you the deadline for the next one. If it does not work, take your ID card or social security card to the service hall.',
    },
  },
  '37-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '便民服務中心、村（居）委會', en: 'Local service centres, village and neighbourhood committees' },
    notes: {
      'zh-TW': '不方便用手機的人，工作日到附近的便民服務中心、村（居）委會認證。',
      en: 'If a phone is hard for you, go to a nearby service centre or village/neighbourhood committee on a working day.',
    },
  },
  '41-1': {
    onScreen: '豫事办',
    get: ['alipayMini', 'appStore'],
    name: { 'zh-TW': '豫事辦（支付寶小程式／APP）', en: 'Yushiban (Alipay mini-program / app)' },
    notes: {
      'zh-TW': '支付寶搜尋「河南省豫事办」→搜尋「社保待遇资格认证」→選擇認證類型→前往認證→人臉識別；可以為他人認證。',
      en: 'In Alipay search "河南省豫事办" → search "社保待遇资格认证" → choose the type → 前往认证 → face check. You can certify for someone else.',
    },
  },
  '41-2': {
    onScreen: '河南社保',
    get: ['appStore'],
    name: { 'zh-TW': '河南社保 APP', en: 'Henan Social Insurance app' },
    notes: {
      'zh-TW': '待遇認證→本人認證／他人認證→人臉識別→「比对成功」。',
      en: '待遇认证 → for yourself or for someone else → face check → "比对成功" (match succeeded).',
    },
  },
  '41-3': {
    onScreen: '郑好办',
    get: ['appStore'],
    name: { 'zh-TW': '鄭好辦 APP（鄭州）', en: 'Zhenghaoban app (Zhengzhou)' },
    notes: {
      'zh-TW': '鄭州地區的線上自助認證管道之一；也可以用支付寶或微信掃官方二維碼認證。',
      en: 'One of the online channels in Zhengzhou; you can also scan the official QR code with Alipay or WeChat.',
    },
  },
  '42-1': {
    onScreen: '湖北12333',
    get: ['wechatAccount'],
    name: { 'zh-TW': '湖北12333（微信公眾號）', en: 'Hubei 12333 (WeChat official account)' },
    notes: {
      'zh-CN': '关注“湖北12333”公众号，在里面的网页上自己认证。',
      'zh-TW': '關注「湖北12333」公眾號，在裡面的網頁上自己認證。',
      en: 'Follow the 湖北12333 official account and certify yourself on its pages.',
    },
  },
  '42-2': {
    onScreen: '湖北智慧人社',
    get: ['alipayMini'],
    name: { 'zh-TW': '湖北智慧人社（支付寶小程式）', en: 'Hubei Smart HRSS (Alipay mini-program)' },
    notes: {
      'zh-TW': '線上自助認證管道。',
      en: 'An online self-certification channel.',
    },
  },
  '42-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社區、社保經辦機構協助認證；預約上門', en: 'Help at the community or social insurance office; home visits by appointment' },
    notes: {
      'zh-TW': '帶身分證、手機到就近的社區或經辦機構；可以預約上門。',
      en: 'Take your ID card and phone to the nearest community office or social insurance office; home visits can be booked.',
    },
  },
  '43-1': {
    onScreen: '老来网',
    get: ['appStore'],
    name: { 'zh-TW': '老來網 APP', en: 'Laolai app (老来网)' },
    notes: {
      'zh-CN': '长沙的旧资料：智能手机下载“老来网”就能自己认证，社区工作人员会帮忙下载。“老来网”是公司的平台，不是政府的；现在是否还能用，先问社区或打 12333。',
      'zh-TW': '長沙的舊資料：智能手機下載「老來網」就能自己認證，社區工作人員會幫忙下載。「老來網」是公司的平台，不是政府的；現在是否還能用，先問社區或打12333。',
      en: 'An old Changsha source: download 老来网 on a smartphone to certify yourself; community staff help with the download. 老来网 is a company\'s platform, not the government\'s: ask your community office or call 12333 whether it still works.',
    },
  },
  '43-2': {
    onScreen: '智慧人社',
    get: ['appStore'],
    name: { 'zh-TW': '智慧人社 APP（湖南）', en: 'Smart HRSS app (Hunan)' },
    notes: {
      'zh-CN': '有网页说湖南可以用“智慧人社”APP 认证，但没有说在哪里点。用之前先打 12333 问。',
      'zh-TW': '有網頁說湖南可以用「智慧人社」APP認證，但沒有說在哪裡點。用之前先打12333問。',
      en: 'A web page says the 智慧人社 app can be used in Hunan but not where to tap. Call 12333 before relying on it.',
    },
  },
  '43-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '經辦大廳、社區（全年）、合作銀行（中信、交通、華融湘江、長沙銀行）、原單位', en: 'Office halls, communities (all year), partner banks (CITIC, Bank of Communications, Huarong Xiangjiang, Bank of Changsha), former employer' },
    notes: {
      'zh-CN': '带身份证到这些地方现场认证：社保经办大厅、社区（全年都可以）、合作银行（中信、交通、华融湘江、长沙银行），或者原来的单位。这是长沙较早的安排，去之前先问一问。',
      'zh-TW': '帶身分證到這些地方現場認證：社保經辦大廳、社區（全年都可以）、合作銀行（中信、交通、華融湘江、長沙銀行），或者原來的單位。這是長沙較早的安排，去之前先問一問。',
      en: 'Take your ID card to one of these places: the social insurance office hall, your community office (all year), a partner bank (CITIC, Bank of Communications, Huarong Xiangjiang, Bank of Changsha) or your former employer. This is an older Changsha arrangement: ask before you go.',
    },
  },
  '44-1': {
    onScreen: '粤省事',
    get: ['wechatMini'],
    name: { 'zh-TW': '粵省事（微信小程式）', en: 'Yueshengshi (WeChat mini-program)' },
    notes: {
      'zh-CN': '粤省事→左上角切换到您领待遇的城市→热门服务“社保”→养老保障→养老资格认证→选认证类别→开始办理→本人办理（或为他人办理）→刷脸。在粤省事里还能查自己最近一次是哪天认证的。',
      'zh-TW': '粵省事→左上角切換到您領待遇的城市→熱門服務「社保」→養老保障→養老資格認證→選認證類別→開始辦理→本人辦理（或為他人辦理）→刷臉。在粵省事裡還能查自己最近一次是哪天認證的。',
      en: 'Yueshengshi → switch to the city that pays you (top left) → 社保 under popular services → 养老保障 → 养老资格认证 → choose the type → 开始办理 → 本人办理 (yourself) or 为他人办理 (someone else) → face check. It also shows the date of your last certification.',
    },
  },
  '44-2': {
    onScreen: '广东人社',
    get: ['appStore'],
    name: { 'zh-TW': '廣東人社 APP', en: 'Guangdong HRSS app (广东人社)' },
    notes: {
      'zh-CN': '在“广东人社”APP 里可以查自己最近一次认证的日子。一些城市的指引说，在“常办事项”→“待遇资格认证”里也能认证；省里的官方答问没有把它列为认证渠道，认证更稳妥的是上面的“粤省事”。',
      'zh-TW': '在「廣東人社」APP裡可以查自己最近一次認證的日子。一些城市的指引說，在「常辦事項」→「待遇資格認證」裡也能認證；省裡的官方答問沒有把它列為認證管道，認證更穩妥的是上面的「粵省事」。',
      en: 'The 广东人社 app shows the date of your last certification. Some city guides say you can also certify there (常办事项 → 待遇资格认证); the province\'s official Q&A does not list it for certifying, so Yueshengshi above is the safer way.',
    },
  },
  '44-3': {
    onScreen: '粤智助',
    get: ['inPerson'],
    name: { 'zh-TW': '粵智助（村居政府服務自助機）', en: 'Yuezhizhu self-service government machines in villages and neighbourhoods' },
    notes: {
      'zh-CN': '村（居）委会的“粤智助”自助机，据说也能办认证。去之前先问村（居）委会。',
      'zh-TW': '村（居）委會的「粵智助」自助機，據說也能辦認證。去之前先問村（居）委會。',
      en: 'The 粤智助 machines at village and neighbourhood committees are said to do it too. Ask the committee before you go.',
    },
  },
  '45-1': {
    onScreen: '广西人社',
    get: ['appStore'],
    name: { 'zh-TW': '廣西人社 APP', en: 'Guangxi HRSS app (广西人社)' },
    notes: {
      'zh-TW': '不用註冊登入，首頁「待遇資格認證」→身分證號→查詢→開始認證→選前置或後置攝像頭→按提示做動作；可以幫他人認證，不限人數；可以查看認證記錄。',
      en: 'No registration: 待遇资格认证 on the first page → ID number → look up → 开始认证 → choose the front or back camera → follow the prompts. You can certify others, with no limit on how many, and see the certification record.',
    },
  },
  '45-2': {
    onScreen: '广西人社服务',
    get: ['wechatAccount'],
    name: { 'zh-TW': '廣西人社服務（微信公眾號）', en: 'Guangxi HRSS Services (WeChat official account)' },
    notes: {
      'zh-TW': '便民服務→待遇資格認證→身分證號→開始認證／開始檢測。',
      en: '便民服务 → 待遇资格认证 → ID number → 开始认证 / 开始检测.',
    },
  },
  '45-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保經辦機構「人臉識別」自助終端；鄉鎮／社區社保中心、村委現場', en: 'Face-check machines at social insurance offices; township/community social insurance centres and village committees' },
    notes: {
      'zh-TW': '還沒有做人臉建模的，要先帶身分證到網點建模（柳州）。',
      en: 'If your face has never been enrolled, take your ID card to a service point to enrol first (Liuzhou).',
    },
  },
  '46-1': {
    onScreen: '海南一卡通',
    get: ['appStore'],
    name: { 'zh-TW': '海南一卡通 APP', en: 'Hainan Yikatong app' },
    notes: {
      'zh-TW': '註冊（可以用家屬、朋友的手機號）→人臉認證→身分資料校驗；會顯示最近一次認證日期，以及是不是經「無感認證平台」認證的；一個帳號最多替5個人認證。',
      en: 'Register (a relative\'s or friend\'s phone number is fine) → face check → identity check. It shows your last certification date and whether it came from the data-matching ("无感认证") platform. One account can certify up to 5 people.',
    },
  },
  '46-2': {
    onScreen: '海南省社保待遇领取资格统一认证管理平台',
    get: ['website'],
    name: { 'zh-TW': '海南省社保待遇領取資格統一認證管理平台', en: 'Hainan unified benefit-eligibility certification platform (website)' },
    notes: {
      'zh-TW': '用電腦或安卓手機瀏覽器打開（2022年資料給的是IP地址 http://218.77.183.78:5555），需要攝像頭。',
      en: 'Open it in a computer or Android phone browser (the 2022 source gives an IP address, http://218.77.183.78:5555); a camera is needed.',
    },
  },
  '46-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '海南政務便民服務站、農信社「社保醫保便民服務站」自助一體機；社保經辦機構、鄉鎮社會事務服務中心、社區', en: 'Self-service machines at government service stations and rural credit co-op stations; social insurance offices, township centres, communities' },
    notes: {
      'zh-TW': '在櫃台或自助一體機認證；高齡重病的人，憑身分證影本、醫院證明、村（居）委會證明申請上門。',
      en: 'Certify at a counter or a self-service machine. For very old or seriously ill people, apply for a home visit with a copy of the ID card, a hospital certificate and a village/neighbourhood committee certificate.',
    },
  },
  '50-1': {
    onScreen: '重庆人社',
    get: ['appStore'],
    name: { 'zh-TW': '重慶人社 APP', en: 'Chongqing HRSS app (重庆人社)' },
    notes: {
      'zh-CN': '要先申领电子社保卡，做完实人实卡认证。首页“养老待遇资格认证”→刷脸。“帮你认”可以请家人、邻居、志愿者或工作人员帮忙；“认证查询”可以看认过没有；“长辈服务专区”→“亲情号”最多绑 4 个。这个 APP 以前叫“重庆掌上12333”。',
      'zh-TW': '要先申領電子社保卡，做完實人實卡認證。首頁「養老待遇資格認證」→刷臉。「幫你認」可以請家人、鄰居、志願者或工作人員幫忙；「認證查詢」可以看認過沒有；「長輩服務專區」→「親情號」最多綁4個。這個APP以前叫「重慶掌上12333」。',
      en: 'First claim your electronic social security card and pass its real-person check. Then 养老待遇资格认证 on the home page → face check. 帮你认 lets family, neighbours, volunteers or staff help; 认证查询 shows whether you are certified; 长辈服务专区 → 亲情号 links up to 4 relatives. The app used to be called 重庆掌上12333.',
    },
  },
  '50-2': {
    onScreen: '渝快办',
    get: ['appStore'],
    name: { 'zh-TW': '渝快辦 APP', en: 'Yukuaiban app (渝快办)' },
    notes: {
      'zh-CN': '重庆的政务 APP，也可以办认证。',
      'zh-TW': '重慶的政務APP，也可以辦認證。',
      en: 'Chongqing\'s government services app; you can certify there too.',
    },
  },
  '50-3': {
    onScreen: '电子社保卡',
    get: ['appStore', 'wechatMini', 'alipayMini'],
    name: { 'zh-TW': '電子社保卡（APP、微信小程式、支付寶小程式）', en: 'Electronic social security card (app, WeChat and Alipay mini-programs)' },
    notes: {
      'zh-CN': '全国通用的电子社保卡（见下面“全国都能用的渠道”），重庆也可以用。',
      'zh-TW': '全國通用的電子社保卡（見下面「全國都能用的管道」），重慶也可以用。',
      en: 'The national electronic social security card (see "Channels that work everywhere" below) works in Chongqing too.',
    },
  },
  '50-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '社保經辦機構、村（社區）、社銀合作銀行ATM區社保一體機；上門認證', en: 'Social insurance offices, villages and communities, social-insurance machines in partner banks\' ATM areas; home visits' },
    notes: {
      'zh-CN': '全市通办：工作日带身份证或社保卡，到就近的社保经办机构或村（社区）认证点现场认证；有的银行 ATM 区有社保一体机，可以自己认证。年纪大、行动不便的可以申请上门认证。',
      'zh-TW': '全市通辦：工作日帶身分證或社保卡，到就近的社保經辦機構或村（社區）認證點現場認證；有的銀行ATM區有社保一體機，可以自己認證。年紀大、行動不便的可以申請上門認證。',
      en: 'Anywhere in the city: on a working day take your ID card or social security card to the nearest social insurance office or village/community certification point; some banks have a social-insurance machine in the ATM area where you can do it yourself. Very old people and people who cannot get about can ask for a home visit.',
    },
  },
  '51-1': {
    onScreen: '四川人社',
    get: ['appStore'],
    name: { 'zh-TW': '四川人社 APP', en: 'Sichuan HRSS app (四川人社)' },
    notes: {
      'zh-TW': '「成都社保發布」列出的手機認證方式；親屬可以協助辦理。',
      en: 'A phone channel listed by Chengdu social insurance; relatives can help.',
    },
  },
  '51-2': {
    onScreen: '四川e社保',
    get: ['appStore'],
    name: { 'zh-TW': '四川e社保 APP', en: 'Sichuan e-Shebao app' },
    notes: {
      'zh-TW': '同上。',
      en: 'As above.',
    },
  },
  '51-3': {
    onScreen: '天府市民云',
    get: ['appStore'],
    name: { 'zh-TW': '天府市民雲 APP（成都）', en: 'Tianfu Citizen Cloud app (Chengdu)' },
    notes: {
      'zh-CN': '成都的“天府市民云”APP：社保服务→社保待遇领取资格认证。',
      'zh-TW': '成都的「天府市民雲」APP：社保服務→社保待遇領取資格認證。',
      en: 'Chengdu\'s 天府市民云 app: 社保服务 → 社保待遇领取资格认证.',
    },
  },
  '51-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '資格認證點（成都有3405個，全市通辦）；上門認證', en: 'Certification points (3,405 in Chengdu, any of them citywide); home visits' },
    notes: {
      'zh-TW': '「成都社保」公眾號→社保服務→資格認證點，查最近的網點；高齡、殘疾、重病的人可以委託他人申請上門。',
      en: 'In the "成都社保" WeChat account: 社保服务 → 资格认证点 finds the nearest point. Very old, disabled or seriously ill people can have someone apply for a home visit.',
    },
  },
  '52-1': {
    onScreen: '贵州人社',
    get: ['wechatMini'],
    name: { 'zh-TW': '「貴州人社」（微信小程式）', en: 'Guizhou HRSS (WeChat mini-program)' },
    notes: {
      'zh-CN': '微信搜“贵州人社”小程序→资格认证→认证申请→输入姓名、身份证号、手机号→认证→刷脸。显示“认证成功”就完成了；点“认证查询”可以核对。光线亮、背后是白墙的地方更容易通过。',
      'zh-TW': '微信搜尋「贵州人社」小程式→資格認證→認證申請→輸入姓名、身分證號、手機號→認證→刷臉。顯示「認證成功」就完成了；點「認證查詢」可以核對。光線亮、背後是白牆的地方更容易通過。',
      en: 'Search WeChat for the 贵州人社 mini-program → 资格认证 → 认证申请 → enter name, ID number and phone → 认证 → face check. When it says 认证成功 (success) you are done; 认证查询 lets you check. It passes more easily in bright light with a white wall behind you.',
    },
  },
  '52-2': {
    onScreen: '贵州人社',
    get: ['appStore'],
    name: { 'zh-TW': '「貴州人社」APP', en: 'Guizhou HRSS app' },
    notes: {
      'zh-CN': '在应用商店下载“贵州人社”APP，做法和小程序一样：资格认证→认证申请→刷脸。',
      'zh-TW': '在應用商店下載「貴州人社」APP，做法和小程式一樣：資格認證→認證申請→刷臉。',
      en: 'Download the 贵州人社 app; it works like the mini-program: 资格认证 → 认证申请 → face check.',
    },
  },
  '52-3': {
    onScreen: null,
    get: ['homeVisit'],
    name: { 'zh-TW': '社管助手上門認證（臥床、重病、重度殘疾等）', en: 'Home visits by social-insurance helpers (bedridden, seriously ill, severely disabled)' },
    notes: {
      'zh-CN': '卧床不起、重病、重度残疾，没法自己认证的，由当地的社管助手工作人员上门采集资料，再按人工认证审核。',
      'zh-TW': '臥床不起、重病、重度殘疾，沒法自己認證的，由當地的社管助手工作人員上門採集資料，再按人工認證審核。',
      en: 'People who are bedridden, seriously ill or severely disabled and cannot certify themselves get a home visit: a local helper collects the details and the office reviews them by hand.',
    },
  },
  '53-1': {
    onScreen: '云南人社12333',
    get: ['appStore'],
    name: { 'zh-TW': '雲南人社12333 APP', en: 'Yunnan HRSS 12333 app' },
    notes: {
      'zh-CN': '下载“云南人社12333”APP，验证身份证后刷脸。可以给自己认证，也可以帮别人认证。',
      'zh-TW': '下載「雲南人社12333」APP，驗證身分證後刷臉。可以給自己認證，也可以幫別人認證。',
      en: 'Download the 云南人社12333 app, verify your ID card, then do the face check. You can certify yourself or help someone else.',
    },
  },
  '53-2': {
    onScreen: '办事通',
    get: ['appStore'],
    name: { 'zh-TW': '一部手機辦事通（辦事通）APP', en: 'Banshitong app (一部手机办事通)' },
    notes: {
      'zh-CN': '下载“办事通”（云南手机办事通）APP，验证身份证后刷脸。可以给自己认证，也可以帮别人认证。',
      'zh-TW': '下載「辦事通」（雲南手機辦事通）APP，驗證身分證後刷臉。可以給自己認證，也可以幫別人認證。',
      en: 'Download the 办事通 app (Yunnan\'s government services app), verify your ID card, then do the face check, for yourself or for someone else.',
    },
  },
  '53-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '村（社區）、鄉鎮社保中心現場', en: 'At the village (community) or township social insurance centre' },
    notes: {
      'zh-TW': '帶二代身分證到村（社區）或鄉鎮社保中心，由工作人員協助。',
      en: 'Take your ID card to the village (community) or township social insurance centre, where staff help you.',
    },
  },
  '54-1': {
    onScreen: '老来',
    get: ['appStore'],
    name: { 'zh-TW': '老來網 APP（「老來」）', en: 'Laolai app (老来)' },
    notes: {
      'zh-TW': '拉薩、山南2023年公告：社保認證→去認證→輸入資料→開始認證→選前置／後置攝像頭→按語音提示人臉識別；沒有建模資料時點「立即建模」（上傳身分證件和本人照片，審核後認證）；家人朋友可以用本人帳號協助。',
      en: 'Lhasa and Shannan notices (2023): 社保认证 → 去认证 → enter details → 开始认证 → front or back camera → face check with spoken prompts. Without a face template, tap "立即建模" (upload your ID and a photo; certify after review). Family and friends can help with the person\'s own account.',
    },
  },
  '54-2': {
    onScreen: '拉萨掌上社保',
    get: ['appStore'],
    name: { 'zh-TW': '拉薩掌上社保 APP（拉薩）', en: 'Lhasa Zhangshang Shebao app (Lhasa)' },
    notes: {
      'zh-TW': '登入→社保生存認證→輸入資料→開始認證→選擇攝像頭。',
      en: 'Log in → 社保生存认证 → enter details → 开始认证 → choose the camera.',
    },
  },
  '54-3': {
    onScreen: '山南智慧人社',
    get: ['appStore'],
    name: { 'zh-TW': '山南智慧人社 APP（山南）', en: 'Shannan Smart HRSS app (Shannan)' },
    notes: {
      'zh-TW': '養老待遇資格認證→輸入資料→開始認證；沒有建模資料的，要先用「老來」APP建模。',
      en: '养老待遇资格认证 → enter details → 开始认证. Without a face template, enrol first in the "老来" app.',
    },
  },
  '54-4': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '縣（區）人社部門、鄉鎮（街道）、村（居）委會協助', en: 'Help at county (district) HRSS offices, townships (streets), village and neighbourhood committees' },
    notes: {
      'zh-TW': '帶智能手機到上面這些地方，由工作人員協助。',
      en: 'Take your smartphone to one of these places and staff will help.',
    },
  },
  '61-1': {
    onScreen: '陕西养老保险',
    get: ['appStore'],
    name: { 'zh-TW': '陝西養老保險 APP', en: 'Shaanxi Pension Insurance app' },
    notes: {
      'zh-TW': '寶雞2018：原「寶雞職工養老APP」升級為「陝西養老保險APP」；用社保卡登入或手機號註冊→首頁「我要認證」→核對姓名→豎著拿手機，按提示「緩慢點頭」等→認證成功。',
      en: 'Baoji (2018): the old Baoji app became "陕西养老保险". Log in with your social security card or register with your phone → 我要认证 on the first page → check your name → hold the phone upright and follow prompts such as "缓慢点头" (nod slowly) → success.',
    },
  },
  '61-2': {
    onScreen: '陕西社会保险',
    get: ['appStore'],
    name: { 'zh-TW': '陝西社會保險 APP', en: 'Shaanxi Social Insurance app' },
    notes: {
      'zh-CN': '用手机号注册或社保卡登录，第一次要实名（扫身份证＋刷脸）→“年检认证”或“我要认证”→选前置或后置摄像头→做动作。“亲友”可以添加帮您办的人；“认证查询”看以前的记录。它可能就是上一条 APP 改了名。',
      'zh-TW': '用手機號註冊或社保卡登入，第一次要實名（掃身分證＋刷臉）→「年檢認證」或「我要認證」→選前置或後置攝像頭→做動作。「親友」可以添加幫您辦的人；「認證查詢」看以前的記錄。它可能就是上一條APP改了名。',
      en: 'Register with your phone number or log in with your social security card; the first time you do a real-name check (scan the ID card + face). Then 年检认证 or 我要认证 → front or back camera → actions. 亲友 adds someone who helps you; 认证查询 shows past certifications. It may be the previous app under a new name.',
    },
  },
  '61-3': {
    onScreen: null,
    get: ['inPerson'],
    name: { 'zh-TW': '參保地的養老保險經辦機構', en: 'The pension insurance office where you are insured' },
    notes: {
      'zh-TW': '不能用手機或識別失敗的，帶身分證原件到經辦機構，由工作人員協助。',
      en: 'If you cannot use a phone or the face check fails, take your original ID card to the office and staff will help.',
    },
  },
  '62-1': {
    onScreen: '甘肃人社',
    get: ['appStore'],
    name: { 'zh-TW': '甘肅人社 APP（甘肅省人社生物識別身分認證系統）', en: 'Gansu HRSS app (biometric identity system)' },
    notes: {
      'zh-TW': '會寧縣2019（城鄉居民）：不用註冊，可以為自己或他人認證；用姓名＋身分證＋密碼（第一次預設是身分證後6位，必須改密碼）登入→首頁「人臉認證」→語音提示眨眼、張嘴、搖頭。',
      en: 'Huining county, 2019 (urban-rural residents): no registration; certify yourself or others. Log in with name, ID number and password (the first time it is the last 6 digits of the ID number, which you must change) → 人脸认证 on the first page → the voice asks you to blink, open your mouth and shake your head.',
    },
  },
  '62-2': {
    onScreen: '甘肃人力资源和社会保障厅',
    get: ['wechatAccount'],
    name: { 'zh-TW': '甘肅人力資源和社會保障廳（微信公眾號）／甘肅省人社生物識別認證二維碼', en: 'Gansu HRSS Department (WeChat official account) / the Gansu biometric certification QR code' },
    notes: {
      'zh-CN': '关注“甘肃人力资源和社会保障厅”公众号→服务大厅→生物识别认证→输入姓名、身份证号登录→按提示做。也可以扫“甘肃省人社生物识别认证二维码”进去。年纪大、生病、卧床或不会用智能手机的，可以打电话给社保局，请工作人员上门帮忙。',
      'zh-TW': '關注「甘肃人力资源和社会保障厅」公眾號→服務大廳→生物識別認證→輸入姓名、身分證號登入→按提示做。也可以掃「甘肅省人社生物識別認證二維碼」進去。年紀大、生病、臥床或不會用智能手機的，可以打電話給社保局，請工作人員上門幫忙。',
      en: 'Follow the 甘肃人力资源和社会保障厅 official account → 服务大厅 → 生物识别认证 → log in with your name and ID number → follow the prompts. You can also get there by scanning the Gansu biometric certification QR code. People who are very old, ill, bedridden or cannot use a smartphone can phone the social insurance bureau and ask for a home visit.',
    },
  },
  '63-1': {
    onScreen: '青海人社通',
    get: ['appStore'],
    name: { 'zh-TW': '青海人社通 APP', en: 'Qinghai Renshetong app' },
    notes: {
      'zh-CN': '注册、实名以后找“养老待遇认证”或“社保认证”，按提示眨眼、张嘴、转头。',
      'zh-TW': '註冊、實名以後找「養老待遇認證」或「社保認證」，按提示眨眼、張嘴、轉頭。',
      en: 'After registering with your real name, find 养老待遇认证 or 社保认证 and blink, open your mouth and turn your head as prompted.',
    },
  },
  '64-1': {
    onScreen: '我的宁夏',
    get: ['appStore'],
    name: { 'zh-TW': '我的寧夏 APP', en: 'My Ningxia app (我的宁夏)' },
    notes: {
      'zh-CN': '在 APP 里找“养老服务”→“养老认证”。',
      'zh-TW': '在APP裡找「養老服務」→「養老認證」。',
      en: 'In the app look for 养老服务 → 养老认证.',
    },
  },
};

/** Local cycle rules (zh-CN text is cycleNotesZh in regions.ts), by region code. */
export const cycleText: Readonly<Record<string, TranslatedText>> = {
  '00': {
    'zh-TW': '人社部：12個自然月內認證一次就可以，沒有固定時間；可以在上次認證後一年內的任何時間做。部分地區的城鄉居民、遺屬是半年一次。',
    en: 'MOHRSS: once within 12 calendar months is enough, with no fixed date; do it any time within a year of the last one. In some regions urban-rural residents and survivors certify every six months.',
  },
  '12': {
    'zh-TW': '認證有效期從最近一次通過認證的日子往後延12個月，快到期時會用短信、電話或單位提醒；兩次認證間隔不能超過12個月，超過就暫停發放，認證後恢復並補發。',
    en: 'Valid for 12 months from the latest successful certification; you are reminded by SMS, phone or your employer before it runs out. No more than 12 months between two certifications: after that payment stops, and resumes with back-pay once you certify.',
  },
  '13': {
    'zh-TW': '企業／機關事業養老、工傷1–4級：每年一次，間隔不超過12個月；城鄉居民、供養親屬：每半年一次（1–6月、7–12月），部分縣是固定月份。',
    en: 'Enterprise and public-sector pensions, work injury grades 1–4: once a year, no more than 12 months apart. Urban-rural residents and dependants: every half year (January–June, July–December); some counties use fixed months.',
  },
  '14': {
    'zh-TW': '呂梁（2021）：企業退休人員每年認證兩次。2018-07-12起全省取消集中認證。',
    en: 'Lüliang (2021): enterprise retirees certify twice a year. Since 2018-07-12 the province no longer holds collective certification sessions.',
  },
  '15': {
    'zh-TW': '機關事業、城鄉居民（呼和浩特新城區2024）：集中認證時間是3月11日到6月30日。',
    en: 'Public-sector and urban-rural residents (Xincheng district, Hohhot, 2024): certification period 11 March to 30 June.',
  },
  '21': {
    'zh-TW': '葫蘆島（2025）：機關事業／企業（含靈活就業）12個月；遺屬6個月；城鄉居民上、下半年各一次。',
    en: 'Huludao (2025): public-sector and enterprise pensions (including flexible employment) every 12 months; survivors every 6 months; urban-rural residents once in each half of the year.',
  },
  '22': {
    'zh-TW': '12個月認證1次；過期暫停發放，再次認證後恢復，符合條件的補發。',
    en: 'Once every 12 months. After a lapse payment stops; after certifying it resumes, with back-pay where due.',
  },
  '23': {
    'zh-TW': '認證週期12個月。哈爾濱機關事業：被停發的人在每月1–25日（25日15:00前）認證，下個月恢復並補發。',
    en: 'Every 12 months. Harbin public-sector retirees whose payment stopped: certify between the 1st and the 25th of a month (before 15:00 on the 25th) and payment resumes next month with back-pay.',
  },
  '32': {
    'zh-TW': '一些城市用大數據「無感認證」覆蓋約97.8%的人，其餘的人會收到通知去認證（bid360摘錄）。',
    en: 'Some cities certify about 97.8% of people automatically from records ("无感认证"); the rest are told to certify (bid360 excerpt).',
  },
  '34': {
    'zh-TW': '一年至少一次，兩次認證要間隔3個月以上；超過12個月沒有認證又聯絡不上的，公示後暫停發放。2025年全省推進「無感互認」。',
    en: 'At least once a year, at least 3 months apart. People not certified for over 12 months who cannot be reached are listed publicly, then payment stops. In 2025 the province is expanding automatic certification from records.',
  },
  '36': {
    'zh-TW': '全年都可以認證，有效期12個月（一個週期365天），週期內可以多次認證，每次認證後時間自動更新。',
    en: 'You can certify all year; it is valid for 12 months (a 365-day cycle) and can be repeated within it, each time restarting the clock.',
  },
  '37': {
    'zh-TW': '一年一次，間隔不超過12個月，可以在上次認證後一年內的任何時間做；威海等地大數據靜默認證的比例高，並會發短信告知。',
    en: 'Once a year, no more than 12 months apart, any time within a year of the last one. In Weihai and elsewhere many people are certified automatically from records and told by SMS.',
  },
  '41': {
    'zh-TW': '依據《河南省領取社會保險待遇資格認證實施意見》（豫社保〔2020〕22號）：養老等待遇從領取之日起每365天一次，供養直系親屬等每180天一次，從認證當天重新計算；快到期的人會列入預警名單。',
    en: 'Henan rules (豫社保〔2020〕22号): pensions every 365 days from the day you certify, dependants every 180 days; the clock restarts each time. People near the deadline are put on a warning list.',
  },
  '42': {
    'zh-TW': '一個年度認證1次；過期停發，認證通過後續發、補發。',
    en: 'Once a year. After a lapse payment stops; once certified it resumes, with back-pay.',
  },
  '44': {
    'zh-TW': '一年至少認證一次，兩次間隔不超過12個月，全年都能辦。超過12個月沒認證，從第13個月起暫停發放，認證後恢復並補發。',
    en: 'At least once a year, no more than 12 months apart, any time of year. After 12 months without certifying, payment stops from the 13th month and resumes with back-pay once you certify.',
  },
  '45': {
    'zh-TW': '12個月一個認證週期；遺屬一年兩次；新領取待遇的人，在辦完領取手續的下個月底前要做第一次認證。',
    en: 'A 12-month cycle; survivors twice a year. New recipients must do their first certification by the end of the month after their claim is processed.',
  },
  '46': {
    'zh-TW': '2022年起由年度認證改成順延式認證，週期12個月；高鐵民航、進出島、婚姻登記、疫苗接種等資料可以當作認證通過。',
    en: 'Since 2022 a rolling 12-month cycle instead of a yearly date. Records such as high-speed rail or flights, entering or leaving the island, marriage registration or vaccination can count as certified.',
  },
  '50': {
    'zh-TW': '全年都可以認證，可以多次，兩次間隔不超過12個月，完成後認證期自動順延；新退休的人從第一次領養老金的那個月算起。',
    en: 'Certify any time, as often as you like, no more than 12 months apart; each certification extends the period. For new retirees the clock starts in the month of the first pension payment.',
  },
  '51': {
    'zh-TW': '成都：經資料比對認證後12個月內不用主動認證；每12個月從領取待遇的下個月算起；超過12個月停發，認證後恢復補發。',
    en: 'Chengdu: after being certified from records you need not act for 12 months. Every 12 months, counted from the month after benefits start. Over 12 months, payment stops; after certifying it resumes with back-pay.',
  },
  '52': {
    'zh-TW': '織金縣2024年：城鄉居民上半年的認證期是3月1日到4月30日，沒有按時認證的暫停發放。',
    en: 'Zhijin county (2024): urban-rural residents certify between 1 March and 30 April for the first half of the year; payment stops for those who miss it.',
  },
  '53': {
    'zh-TW': '賓川縣從2022年起：企業職工、機關事業單位和城鄉居民養老保險待遇領取人員每半年確認一次，工傷長期待遇每季度一次；逾期暫停，認證後次月恢復並補發。',
    en: 'Binchuan county, since 2022: enterprise, public-sector and urban-rural pension recipients confirm every six months, long-term work-injury benefits every quarter. Late: payment stops, and resumes with back-pay the month after certifying.',
  },
  '54': {
    'zh-TW': '拉薩2023：上半年（1—6月）、下半年（7—12月）各認證一次。',
    en: 'Lhasa (2023): once in the first half (January–June) and once in the second half (July–December) of the year.',
  },
  '61': {
    'zh-TW': '城鎮企業職工：不按自然年度，滾動計算，兩次認證間隔不超過12個月，從最近一次認證時間往後算。',
    en: 'Urban enterprise retirees: a rolling cycle, not the calendar year; no more than 12 months between two certifications, counted from the latest one.',
  },
  '62': {
    'zh-TW': '會寧2019：城鄉居民每年兩次，從上次成功認證起算6個月。慶陽市本級（2022）：企業和機關事業單位離退休人員也是180天（6個月）一個週期。',
    en: 'Huining (2019): urban-rural residents twice a year, 6 months after the last successful certification. Qingyang city (2022): enterprise and public-sector retirees too have a 180-day (6-month) cycle.',
  },
};
