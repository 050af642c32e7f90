import type { Roster } from '../crm/crmPort';

/**
 * Who saved a settings version, as people know them: a version records the e-mail and the
 * HubSpot user id (savedByOf), which the owners of the portal turn into a name — "Chen Jing
 * (chen@example.cn)" rather than "user 51000010". A user who owns no records keeps the e-mail;
 * a label that names no user (a fixture, a CLI run) is shown as written.
 */
export function savedByName(savedBy: string | null, roster: Roster): string | null {
  if (savedBy === null) return null;
  const match = /^(?:(.+) \()?user (\d+)\)?$/.exec(savedBy);
  if (match === null) return savedBy;
  const [, email, userId] = match;
  const owner = roster.owners.find((o) => o.userId === Number(userId));
  if (owner === undefined) return email ?? savedBy;
  const contact = email ?? owner.email;
  return contact === null || contact === undefined ? owner.name : `${owner.name} (${contact})`;
}
