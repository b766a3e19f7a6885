// Sources behind the guide, FAQ, scam-shield and offline-options text, from
// shared/reference/certification-process.md (which cites each). Titles are ours, in three languages;
// addresses and dates are exactly as researched. Screens cite sources by id.

export type SourceTitle = { 'zh-CN': string; 'zh-TW': string; en: string };

export type ReferenceSource = {
  url: string;
  /** Publication date as researched (YYYY, YYYY-MM or YYYY-MM-DD); null where unknown. */
  date: string | null;
  title: SourceTitle;
};

export const referenceSources = {
  mohrssModel: {
    url: 'https://yptimes.shyp.gov.cn/html/2023-02/02/content_9404_15758207.htm',
    date: '2023-02-02',
    title: {
      'zh-CN': '人社部 2023-01-20 微信文章，《杨浦时报》转载',
      'zh-TW': '人社部 2023-01-20 微信文章，《楊浦時報》轉載',
      en: 'MOHRSS WeChat article of 2023-01-20, reprinted by Yangpu Times',
    },
  },
  mohrssPress: {
    url: 'https://gqgt.com/zcpg/33667.html',
    date: '2023-01',
    title: {
      'zh-CN': '《新京报》关于人社部认证方式的报道（转载）',
      'zh-TW': '《新京報》關於人社部認證方式的報導（轉載）',
      en: 'Beijing News report on MOHRSS certification methods (reprint)',
    },
  },
  rumourRebuttal: {
    url: 'https://kanwenda.com/k/312882.html',
    date: '2023',
    title: {
      'zh-CN': '人社部辟谣：认证没有固定时间（转载）',
      'zh-TW': '人社部闢謠：認證沒有固定時間（轉載）',
      en: 'MOHRSS rumour rebuttal: no fixed date for certification (reprint)',
    },
  },
  tengzhouRumour: {
    url: 'https://nanmuxuan.com/zh-sg/complex/bwvoxgidpua.html',
    date: '2023-02-23',
    title: {
      'zh-CN': '滕州：“年底前不认证就停发”是谣言（报道）',
      'zh-TW': '滕州：「年底前不認證就停發」是謠言（報導）',
      en: 'Tengzhou: "certify by year end or lose your pension" is a rumour (press)',
    },
  },
  regulation: {
    url: 'https://news.cqnews.net/1/detail/1214166647780167680/web/content_1214166647780167680.html',
    date: '2023',
    title: {
      'zh-CN': '《社会保险经办条例》第二十六条解读（华龙网）',
      'zh-TW': '《社會保險經辦條例》第二十六條解讀（華龍網）',
      en: 'Social Insurance Handling Regulations, Art. 26, explained (cqnews.net)',
    },
  },
  lawBasis: {
    url: 'http://jwbk.com/techan/b75692381e813e7d12faff769b95ab61.html',
    date: null,
    title: {
      'zh-CN': '河北某县通知：依据《社会保险法》做资格认证（转载）',
      'zh-TW': '河北某縣通知：依據《社會保險法》做資格認證（轉載）',
      en: 'Hebei county notice citing the Social Insurance Law (reprint)',
    },
  },
  suspensionRules: {
    url: 'http://jwbk.com/techan/c58b8b358fb2ed03445e43c00e67b46e.html',
    date: '2023-12-21',
    title: {
      'zh-CN': '台州认证指南，引用人社厅发〔2018〕107号：暂停发放与补发（转载）',
      'zh-TW': '台州認證指南，引用人社廳發〔2018〕107號：暫停發放與補發（轉載）',
      en: 'Taizhou guide citing MOHRSS rule 2018/107: suspension and back-pay (reprint)',
    },
  },
  jilinBackPay: {
    url: 'http://jlsi.jl.gov.cn/jhs/sbdt/202504/t20250411_9164377.html',
    date: '2025-04-11',
    title: {
      'zh-CN': '吉林省社会保险事业管理局：待遇资格认证（官方）',
      'zh-TW': '吉林省社會保險事業管理局：待遇資格認證（官方）',
      en: 'Jilin Social Insurance Administration: eligibility certification (official)',
    },
  },
  weihaiCycle: {
    url: 'http://weihai.subaoxw.com/sh/2023/0321/101522.html',
    date: '2023-03-21',
    title: {
      'zh-CN': '《山东商报》：威海一年认证一次、大数据静默认证',
      'zh-TW': '《山東商報》：威海一年認證一次、大數據靜默認證',
      en: 'Shandong Business Daily: yearly certification and automatic certification in Weihai',
    },
  },
  hainanSilent: {
    url: 'https://haikou.tianqi.com/news/pBuNzH3NHHm1HSPx.html',
    date: '2022-11-14',
    title: {
      'zh-CN': '海南：无感认证与海南一卡通认证指南（转载）',
      'zh-TW': '海南：無感認證與海南一卡通認證指南（轉載）',
      en: 'Hainan: automatic certification and the Hainan Yikatong app (reprint)',
    },
  },
  loginFaceNotCertification: {
    url: 'https://si12333.cn/qa/mrpur.html',
    date: '2023-10-20',
    title: {
      'zh-CN': '七台河人社局提醒：登录刷脸不等于认证（官方通知转载）',
      'zh-TW': '七台河人社局提醒：登入刷臉不等於認證（官方通知轉載）',
      en: 'Qitaihe HRSS bureau: the login face scan is not the certification (reprint of official notice)',
    },
  },
  jiningTwoScans: {
    url: 'http://sdfzcm.com/a/guandian/20240618/126518.html',
    date: '2024-06-18',
    title: {
      'zh-CN': '济宁：爱山东第一次使用要刷两次脸（报道）',
      'zh-TW': '濟寧：愛山東第一次使用要刷兩次臉（報導）',
      en: 'Jining: first use of Ai Shandong needs two face scans (press)',
    },
  },
  checkRecord: {
    url: 'https://wxredian.com/art?id=bf6e8d50faa573ca2f289c6883d207c7',
    date: '2024-06-05',
    title: {
      'zh-CN': '西乌旗官方指南：认证后一定查认证记录',
      'zh-TW': '西烏旗官方指南：認證後一定要查認證記錄',
      en: 'West Ujimqin Banner official guide: always check the record afterwards',
    },
  },
  eCardAndHelpers: {
    url: 'https://mini.eastday.com/nsa/251014115501237791896-2.html',
    date: '2025-10-14',
    title: {
      'zh-CN': '电子社保卡和爱山东认证步骤、代他人认证（报道）',
      'zh-TW': '電子社保卡和愛山東認證步驟、代他人認證（報導）',
      en: 'Steps in the e-card and Ai Shandong apps, certifying for others (press)',
    },
  },
  helperFunction: {
    url: 'http://suizhoushi.com/forum.php?goto=lastpost&mod=redirect&tid=737621',
    date: '2023-09-12',
    title: {
      'zh-CN': '人社部：认证软件增加“他人代操作”功能（随州网转载）',
      'zh-TW': '人社部：認證軟體增加「他人代操作」功能（隨州網轉載）',
      en: 'MOHRSS: certification apps added help by another person (reprint)',
    },
  },
  fraudWarning: {
    url: 'https://fx361.cc/page/2023/0321/19229850.shtml',
    date: '2023-03-21',
    title: {
      'zh-CN': '冒领养老金要退回，严重的追究责任（期刊文章）',
      'zh-TW': '冒領養老金要退回，嚴重的追究責任（期刊文章）',
      en: 'Claiming someone else\'s pension must be repaid; serious cases are prosecuted (journal article)',
    },
  },
  consulate: {
    url: 'http://osaka.china-consulate.gov.cn/lsfw/LSZJ/LQYLJZGSH/',
    date: '2021-05-30',
    title: {
      'zh-CN': '中国驻大阪总领事馆：境外养老金资格认证（官方）',
      'zh-TW': '中國駐大阪總領事館：境外養老金資格認證（官方）',
      en: 'Chinese Consulate-General in Osaka: pension certification from abroad (official)',
    },
  },
  qingdaoScam: {
    url: 'http://www.wap8y.cn/app/content/2021-10/29/content_22947457.htm',
    date: '2021-10-29',
    title: {
      'zh-CN': '青岛：警惕假冒社保短信和链接（报道）',
      'zh-TW': '青島：警惕假冒社保短信和連結（報導）',
      en: 'Qingdao: beware of fake social-insurance texts and links (press)',
    },
  },
  chongqingScam: {
    url: 'https://jubao.my399.com/content/2024-01/29/content_2872472.htm',
    date: '2024-01-29',
    title: {
      'zh-CN': '重庆：人社短信不含陌生链接，不会要银行密码（报道）',
      'zh-TW': '重慶：人社短信不含陌生連結，不會要銀行密碼（報導）',
      en: 'Chongqing: HRSS texts carry no unknown links and never ask for bank passwords (press)',
    },
  },
  abolishCollective: {
    url: 'http://www.i3g.com.cn/datongloupan/xinwen/639464_1.html',
    date: '2018-07-14',
    title: {
      'zh-CN': '《大同晚报》：取消集中认证，不用回参保地（报道）',
      'zh-TW': '《大同晚報》：取消集中認證，不用回參保地（報導）',
      en: 'Datong Evening News: collective certification abolished; no need to travel back (press)',
    },
  },
  chengduPoints: {
    url: 'https://www.chictalk.cn/sb/135372.html',
    date: null,
    title: {
      'zh-CN': '成都社保资格认证点（转载）',
      'zh-TW': '成都社保資格認證點（轉載）',
      en: 'Chengdu certification points (reprint)',
    },
  },
  hainanHomeVisit: {
    url: 'https://haikou.tianqi.com/news/fjzaqkeg.html',
    date: '2022',
    title: {
      'zh-CN': '海南：上门认证要带的材料（转载）',
      'zh-TW': '海南：上門認證要帶的材料（轉載）',
      en: 'Hainan: what to bring for a home visit (reprint)',
    },
  },
  heilongjiangBanks: {
    url: 'https://si12333.cn/qa/mrpur.html',
    date: '2023-10-20',
    title: {
      'zh-CN': '黑龙江：社银合作网点和社区协助认证（官方通知转载）',
      'zh-TW': '黑龍江：社銀合作網點和社區協助認證（官方通知轉載）',
      en: 'Heilongjiang: partner banks and communities help with certification (reprint of official notice)',
    },
  },
  xinxiangTips: {
    url: 'https://mzj.xinxiang.gov.cn/xwzx/mzywztc/ylfw/106979.html',
    date: null,
    title: {
      'zh-CN': '新乡市民政局：刷脸认证注意事项（官方，用于高龄津贴，刷脸方法相同）',
      'zh-TW': '新鄉市民政局：刷臉認證注意事項（官方，用於高齡津貼，刷臉方法相同）',
      en: 'Xinxiang civil affairs bureau: face-check tips (official; for the old-age allowance, same face check)',
    },
  },
  hebeiAppTips: {
    url: 'http://m.hunanyuer.com/baike/techan/737848.html',
    date: null,
    title: {
      'zh-CN': '河北认证软件使用指南：光线、失败 3 次可人工审核（转载）',
      'zh-TW': '河北認證軟體使用指南：光線、失敗 3 次可人工審核（轉載）',
      en: 'Hebei app guide: light, manual review after 3 failures (reprint)',
    },
  },
  glassesTips: {
    url: 'http://www.fzlwr.cn/shebao/yanglao/850047.html',
    date: null,
    title: {
      'zh-CN': '湖南旧版认证指南：摘墨镜、帽檐和头发别挡眼（转载）',
      'zh-TW': '湖南舊版認證指南：摘墨鏡、帽簷和頭髮別擋眼（轉載）',
      en: 'Older Hunan guide: remove sunglasses, keep hat brims and hair off the eyes (reprint)',
    },
  },
  enrolment: {
    url: 'http://m.kidbbs.com/baike/techan/802661.html',
    date: null,
    title: {
      'zh-CN': '泉州指南：照片太旧要到经办机构更新（转载）',
      'zh-TW': '泉州指南：照片太舊要到經辦機構更新（轉載）',
      en: 'Quanzhou guide: an old photo must be updated at the office (reprint)',
    },
  },
  birthdayTip: {
    url: 'http://robolister.com/ps_content/2020-11/25/content_10094062.htm',
    date: '2020-11-25',
    title: {
      'zh-CN': '彭水：每年生日那个月认证，好记（报道）',
      'zh-TW': '彭水：每年生日那個月認證，好記（報導）',
      en: 'Pengshui: certify in your birthday month each year, so you remember (press)',
    },
  },
  formerEmployer: {
    url: 'http://www.jsqingtong.com/rst/zxzx/rdxw/2025081209215273413/index.shtml',
    date: '2025-08-12',
    title: {
      'zh-CN': '辽宁葫芦岛：认证周期和原单位网报认证（转载省人社厅消息）',
      'zh-TW': '遼寧葫蘆島：認證週期和原單位網報認證（轉載省人社廳消息）',
      en: 'Huludao, Liaoning: cycles and certification by the former employer (reprint of provincial HRSS news)',
    },
  },
} as const satisfies Record<string, ReferenceSource>;

export type SourceId = keyof typeof referenceSources;
