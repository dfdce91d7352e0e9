/**
 * Word lists for plausible, invented names of organizations and people. Every name the dataset
 * produces is invented except the organizations the speech names.
 */
import type { OrganizationSubtype } from "../hierarchy.js";

/** Common surnames, most frequent first (drawn with decreasing weight). */
export const SURNAMES = [
  ..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
];

/** Characters for given names. */
export const GIVEN_NAME_CHARS = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国玉兰秀红志文斌宇鹏飞鑫博海波辉林晶婷雪梅凤春丹玲宏亮成龙俊峰新德福荣忠诚利民永胜庆东晓光彬岩鸿雁淑珍凯旭阳颖慧琳欣瑞祥佳悦",
];

/** Two-character trade names (字号). Invented combinations; none is meant to be a real company. */
export const TRADE_NAMES = [
  "宏达",
  "恒通",
  "鑫源",
  "华信",
  "金泰",
  "润丰",
  "瑞祥",
  "兴隆",
  "盛世",
  "天成",
  "永顺",
  "福瑞",
  "嘉禾",
  "东升",
  "辽北",
  "龙腾",
  "万顺",
  "中泰",
  "安泰",
  "博远",
  "德润",
  "丰源",
  "广利",
  "海诚",
  "汇通",
  "吉祥",
  "锦程",
  "凯达",
  "利民",
  "明珠",
  "鹏程",
  "庆丰",
  "荣盛",
  "顺达",
  "泰和",
  "旺达",
  "祥和",
  "新亚",
  "鑫达",
  "亚泰",
  "益民",
  "远航",
  "兆丰",
  "志诚",
  "众鑫",
  "卓越",
  "昌盛",
  "诚信",
  "大业",
  "鼎盛",
  "恒远",
  "红星",
  "华宇",
  "金鼎",
  "巨丰",
  "开元",
  "立新",
  "隆昌",
  "美达",
  "宁远",
  "普惠",
  "润泽",
  "三和",
  "盛达",
  "天宇",
  "同心",
  "伟业",
  "兴达",
  "亿丰",
  "永盛",
  "长青",
  "博瑞",
  "晨光",
  "春华",
  "德信",
  "飞跃",
  "富源",
  "光明",
  "国泰",
  "合力",
  "鸿运",
  "华泰",
  "佳禾",
  "金山",
  "聚鑫",
  "康达",
  "蓝天",
  "龙源",
  "绿源",
  "明远",
  "宁泰",
  "前进",
  "瑞丰",
  "森源",
  "胜利",
  "四海",
  "泰丰",
  "天润",
  "万通",
  "鑫盛",
  "银丰",
  "元亨",
  "正源",
  "中科",
  "北辰",
  "德丰",
  "恒昌",
  "华盛",
  "冠宇",
  "弘业",
  "金诺",
  "凌云",
  "茂源",
  "启航",
  "仁和",
  "尚品",
  "拓达",
  "威远",
  "鑫磊",
  "宇通",
  "泽润",
  "振兴",
  "辽河",
  "柴河",
  "凡河",
  "寇河",
  "清水",
  "青峰",
  "松山",
  "白鹭",
  "雁翔",
  "金穗",
  "沃土",
  "丰泽",
  "荣达",
  "广源",
  "安康",
  "福泰",
  "和顺",
  "恒丰",
];

export interface IndustryVocabulary {
  /** GB/T 4754 section name, stored as the organization's industry. */
  readonly industry: string;
  /** Words naming the business, placed between the trade name and the legal suffix. */
  readonly words: readonly string[];
  readonly weight: number;
}

export const ENTERPRISE_INDUSTRIES: readonly IndustryVocabulary[] = [
  {
    industry: "制造业",
    weight: 30,
    words: [
      "机械制造",
      "重型机械",
      "阀门",
      "泵业",
      "石油机械",
      "化工",
      "塑料制品",
      "建材",
      "水泥制品",
      "钢结构",
      "汽车配件",
      "电器",
      "橡胶制品",
      "纺织",
      "服装",
      "食品",
      "粮油",
      "饲料",
      "酿酒",
      "制药",
      "印刷",
      "包装制品",
      "木业",
      "新材料",
      "环保设备",
      "电缆",
      "铸造",
      "特种车辆",
      "专用车",
      "农机",
    ],
  },
  {
    industry: "批发和零售业",
    weight: 18,
    words: ["商贸", "物资", "农资", "医药连锁", "汽车销售", "超市", "家电", "百货", "建材销售"],
  },
  { industry: "建筑业", weight: 10, words: ["建筑工程", "建设工程", "路桥工程", "装饰工程", "安装工程", "市政工程"] },
  { industry: "交通运输、仓储和邮政业", weight: 7, words: ["物流", "运输", "仓储", "客运"] },
  { industry: "住宿和餐饮业", weight: 6, words: ["餐饮管理", "酒店管理", "宾馆", "饮食服务"] },
  { industry: "信息传输、软件和信息技术服务业", weight: 4, words: ["信息技术", "网络科技", "软件开发", "电子科技"] },
  {
    industry: "农、林、牧、渔业",
    weight: 9,
    words: ["农业发展", "牧业", "养殖", "种业", "农牧", "果蔬", "食用菌", "林业"],
  },
  { industry: "房地产业", weight: 5, words: ["房地产开发", "物业管理", "置业"] },
  { industry: "租赁和商务服务业", weight: 5, words: ["广告传媒", "人力资源", "企业管理咨询", "劳务服务", "会展服务"] },
  { industry: "居民服务、修理和其他服务业", weight: 3, words: ["家政服务", "汽车维修", "洗涤服务"] },
  { industry: "科学研究和技术服务业", weight: 3, words: ["工程设计", "检验检测", "技术开发"] },
];

export const ENTERPRISE_SUFFIXES = ["有限公司", "有限公司", "有限公司", "有限责任公司"] as const;
export const LARGE_ENTERPRISE_SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"] as const;

export interface SocialVocabulary {
  readonly subtype: OrganizationSubtype;
  readonly industry: string;
  readonly weight: number;
  /** Builds a name from a place prefix and a trade name. */
  readonly name: (place: string, trade: string, pick: <T>(items: readonly T[]) => T) => string;
  /** Registration authority and organization type characters of the credit code (GB 32100). */
  readonly codePrefix: string;
}

const ASSOCIATION_FIELDS = [
  "个体劳动者",
  "私营企业",
  "餐饮行业",
  "建筑业",
  "物流行业",
  "农产品流通",
  "书法家",
  "摄影家",
  "老年体育",
  "青年企业家",
  "女企业家",
  "果树",
  "养蜂",
  "畜牧业",
  "家政服务业",
  "汽车维修行业",
  "旅游",
  "收藏家",
  "诗词",
  "软件行业",
  "中小企业",
  "再生资源行业",
  "个私协会",
];
const ASSOCIATION_KINDS = ["协会", "行业协会", "联合会", "研究会", "促进会", "学会"];
const CHAMBER_ORIGINS = ["浙江", "温州", "福建", "河北", "山东", "江苏", "安徽", "河南", "四川"];
const PRIVATE_INSTITUTIONS = [
  "幼儿园",
  "培训学校",
  "职业培训学校",
  "艺术培训学校",
  "老年公寓",
  "养老院",
  "康复中心",
  "社会工作服务中心",
  "体育俱乐部",
  "民办学校",
  "医院",
  "中医诊所",
  "托育中心",
  "心理咨询服务中心",
];
const FOUNDATION_KINDS = ["教育基金会", "慈善基金会", "助学基金会", "扶老助残基金会"];

export const SOCIAL_SUBTYPES: readonly SocialVocabulary[] = [
  {
    subtype: "SOCIAL_GROUP",
    industry: "公共管理、社会保障和社会组织",
    weight: 34,
    codePrefix: "51",
    name: (place, _trade, pick) =>
      pick([0, 1, 2, 3]) === 0
        ? `${place}${pick(CHAMBER_ORIGINS)}商会`
        : `${place}${pick(ASSOCIATION_FIELDS)}${pick(ASSOCIATION_KINDS)}`,
  },
  {
    subtype: "PRIVATE_NON_ENTERPRISE",
    industry: "教育",
    weight: 44,
    codePrefix: "52",
    name: (place, trade, pick) => `${place}${trade}${pick(PRIVATE_INSTITUTIONS)}`,
  },
  {
    subtype: "FOUNDATION",
    industry: "公共管理、社会保障和社会组织",
    weight: 3,
    codePrefix: "53",
    name: (place, trade, pick) => `${place}${trade}${pick(FOUNDATION_KINDS)}`,
  },
  {
    subtype: "LAW_FIRM",
    industry: "租赁和商务服务业",
    weight: 9,
    codePrefix: "31",
    name: (place, trade) => `辽宁${trade}律师事务所${place === "铁岭" ? "" : `${place}分所`}`,
  },
  {
    subtype: "ACCOUNTING_FIRM",
    industry: "租赁和商务服务业",
    weight: 6,
    codePrefix: "91",
    name: (place, trade) => `${place}${trade}会计师事务所有限责任公司`,
  },
  {
    subtype: "TAX_FIRM",
    industry: "租赁和商务服务业",
    weight: 4,
    codePrefix: "91",
    name: (place, trade) => `${place}${trade}税务师事务所有限公司`,
  },
];

/** Industry of social organizations by institution word, for the ones whose field is not education. */
export function socialIndustryFor(name: string, fallback: string): string {
  if (/老年公寓|养老院|康复中心|医院|诊所|托育|心理咨询|社会工作/.test(name)) return "卫生和社会工作";
  if (/体育俱乐部/.test(name)) return "文化、体育和娱乐业";
  return fallback;
}
