import type { HubSpotOwner } from '../domain/snapshot';
import type { PreviewCrm } from './previewCrm';

const COMPANY_WORDS = ['Lianhe', 'Huaxin', 'Jinqiao', 'Tianyuan', 'Dongfang', 'Hongda', 'Xinhai', 'Changjiang', 'Baiyun', 'Zhongshan', 'Kunlun', 'Taihu', 'Minjiang', 'Wanli', 'Jiayuan', 'Fenghua', 'Longmen', 'Qingshan'];
const SECTORS = ['Technology', 'Logistics', 'Trading', 'Manufacturing', 'Medical', 'Foods'];
const CONTACT_NAMES = ['Ada Chen', 'Ben Liu', 'Cora Wang', 'Dan Zhao', 'Eva Sun', 'Finn Xu', 'Gina Hu', 'Hugo Ma', 'Iris Lin', 'Jack Guo', 'Kay Zhou', 'Leo Wu', 'Mia He', 'Ned Yang', 'Ola Zhu', 'Pat Huang', 'Quin Li', 'Rae Zhang'];

/**
 * A portal snapshot has deals but no companies or contacts, yet the scorecard tab also sits
 * on company and contact records (design.md). The emulator gets one company and one contact
 * per owner, owned by them, created through the API as any integration would create them.
 */
export async function seedPreviewRecords(crm: PreviewCrm, owners: readonly HubSpotOwner[]): Promise<number> {
  const active = owners.filter((o) => o.archived !== true);
  let created = 0;
  for (const [i, owner] of active.entries()) {
    const word = COMPANY_WORDS[i % COMPANY_WORDS.length] ?? 'Demo';
    const sector = SECTORS[i % SECTORS.length] ?? 'Trading';
    const domain = `${word.toLowerCase()}-${sector.toLowerCase()}.example.cn`;
    await crm.createRecord('companies', { name: `${word} ${sector} Co.`, domain, hubspot_owner_id: owner.id });
    const [firstname = 'Demo', lastname = 'Contact'] = (CONTACT_NAMES[i % CONTACT_NAMES.length] ?? 'Demo Contact').split(' ');
    await crm.createRecord('contacts', { firstname, lastname, email: `${firstname.toLowerCase()}@${domain}`, hubspot_owner_id: owner.id });
    created += 2;
  }
  return created;
}
