import type { Rng } from './prng';

/**
 * A pool of realistic deal names ("杭州博达科技 – CRM 年度订阅"), built once and shared by all
 * deals so that a million deals do not carry a million name strings.
 */
const CITIES = ['上海', '北京', '深圳', '杭州', '广州', '苏州', '南京', '成都', '武汉', '天津', '西安', '厦门'];
const WORDS = ['恒通', '华信', '远景', '博达', '瑞丰', '中科', '新源', '凯达', '鼎盛', '汇金', '天衡', '永安', '星辰', '嘉禾'];
const KINDS = ['科技', '制造', '医疗', '物流', '贸易', '电子', '食品', '教育'];
const PRODUCTS = ['CRM 年度订阅', '营销自动化', '客服平台', '数据分析套件', '实施服务'];
const POOL_SIZE = 1024;

export interface DealNamePool {
  newBusiness: string[];
  renewal: string[];
}

export function demoDealNames(rng: Rng): DealNamePool {
  const newBusiness: string[] = [];
  const renewal: string[] = [];
  for (let i = 0; i < POOL_SIZE; i++) {
    const company = rng.pick(CITIES) + rng.pick(WORDS) + rng.pick(KINDS);
    newBusiness.push(`${company} – ${rng.pick(PRODUCTS)}`);
    renewal.push(`${company} – 年度续约 renewal`);
  }
  return { newBusiness, renewal };
}
