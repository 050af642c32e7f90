import type { PreviewView } from './previewUrl';

/**
 * The preview's own words (its top bar and record frame, not the extensions'), in the
 * language switched to, so a zh-CN session is Chinese around the cards as well as in them.
 */
const EN = {
  views: { record: 'CRM record', page: 'App page', settings: 'Settings', tasks: 'Alerts & tasks' } as Record<PreviewView, string>,
  roles: { rep: 'Rep', manager: 'Manager', director: 'Director', admin: 'Admin' },
  badge: { emulator: 'local preview · emulator', hubspot: 'local preview · live portal' },
  viewAs: 'View as',
  language: 'Language',
  types: { deals: 'Deal', companies: 'Company', contacts: 'Contact' },
  amount: 'Amount',
  owner: 'Record owner',
  noOwner: 'No owner',
  recordId: 'Record ID',
  overview: 'Overview',
  scorecardTab: 'KPI scorecard',
  dealCard: 'Deal KPIs',
  dealCardElsewhere: 'The deal card appears on deal records.',
  loadingRecords: 'Loading records…',
  settingsCrumb: 'Settings › ',
};

export type ChromeText = typeof EN;

const ZH: ChromeText = {
  views: { record: 'CRM 记录', page: '应用页面', settings: '设置', tasks: '预警与任务' },
  roles: { rep: '销售代表', manager: '销售经理', director: '销售总监', admin: '管理员' },
  badge: { emulator: '本地预览 · 模拟器', hubspot: '本地预览 · 真实门户' },
  viewAs: '查看身份',
  language: '语言',
  types: { deals: '交易', companies: '公司', contacts: '联系人' },
  amount: '金额',
  owner: '记录负责人',
  noOwner: '无负责人',
  recordId: '记录 ID',
  overview: '概览',
  scorecardTab: 'KPI 记分卡',
  dealCard: '交易 KPI',
  dealCardElsewhere: '交易卡片显示在交易记录上。',
  loadingRecords: '正在加载记录…',
  settingsCrumb: '设置 › ',
};

export const chromeText = (lang: string): ChromeText => (/^zh/i.test(lang) ? ZH : EN);
