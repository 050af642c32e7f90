import type { Rng } from './prng';

/**
 * Who works in the demo portal (issue: a director, three teams each with a manager and 4–5
 * reps, and a RevOps admin without deals). Ids are fixed by position so that settings and
 * tests can name people whatever the seed; only the names come from the seed. Names are
 * pinyin so that terminal tables stay aligned.
 */
export type DemoRole = 'director' | 'manager' | 'rep' | 'admin';

export interface DemoPerson {
  ownerId: string;
  userId: number;
  firstName: string;
  lastName: string;
  email: string;
  role: DemoRole;
  teamId: string | null;
}

export interface DemoTeam {
  id: string;
  name: string;
  managerOwnerId: string;
  repOwnerIds: string[];
  /** Chance that a deal in appointmentscheduled moves on: the South team is the leaky one. */
  firstPairRate: number;
}

export interface DemoRoster {
  people: DemoPerson[];
  teams: DemoTeam[];
  directorOwnerId: string;
  adminOwnerId: string;
}

/** The three teams; South China converts ~18% of first meetings where the others convert 50–60%. */
export const DEMO_TEAM_PLAN = [
  { id: '4100101', name: 'East China 华东', reps: 5, firstPairRate: 0.56 },
  { id: '4100102', name: 'South China 华南', reps: 4, firstPairRate: 0.17 },
  { id: '4100103', name: 'North China 华北', reps: 5, firstPairRate: 0.5 },
] as const;

/** The team whose first funnel pair is meant to fall below the 30% threshold. */
export const LEAKY_TEAM_ID = '4100102';

const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin'];
const GIVEN = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Lei', 'Qiang', 'Yan', 'Jie', 'Tao', 'Ming', 'Chao', 'Xiu', 'Hui', 'Lan', 'Peng', 'Hao', 'Yu', 'Ting', 'Bo'];
const EMAIL_DOMAIN = 'demo-sales.cn';

const OWNER_BASE = 71_000_000;
const USER_BASE = 51_000_000;
/** Slots fix each person's ids: 1 director, 2 admin, 10·t manager of team t (1-based), 10·t + r its reps. */
const DIRECTOR_SLOT = 1;
const ADMIN_SLOT = 2;
const managerSlot = (team: number): number => 10 * (team + 1);

export const DEMO_DIRECTOR_OWNER_ID = String(OWNER_BASE + DIRECTOR_SLOT);
export const DEMO_ADMIN_USER_ID = USER_BASE + ADMIN_SLOT;
export const demoManagerOwnerId = (team: number): string => String(OWNER_BASE + managerSlot(team));

function uniqueName(rng: Rng, used: Set<string>): { firstName: string; lastName: string } {
  for (;;) {
    const firstName = rng.pick(GIVEN);
    const lastName = rng.pick(SURNAMES);
    const key = `${firstName}.${lastName}`.toLowerCase();
    if (used.has(key)) continue;
    used.add(key);
    return { firstName, lastName };
  }
}

export function demoRoster(rng: Rng): DemoRoster {
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  const person = (slot: number, role: DemoRole, teamId: string | null): DemoPerson => {
    const name = uniqueName(rng, used);
    const p: DemoPerson = {
      ownerId: String(OWNER_BASE + slot),
      userId: USER_BASE + slot,
      ...name,
      email: `${name.firstName}.${name.lastName}@${EMAIL_DOMAIN}`.toLowerCase(),
      role,
      teamId,
    };
    people.push(p);
    return p;
  };
  const director = person(DIRECTOR_SLOT, 'director', null);
  const admin = person(ADMIN_SLOT, 'admin', null);
  const teams = DEMO_TEAM_PLAN.map((plan, t): DemoTeam => {
    const manager = person(managerSlot(t), 'manager', plan.id);
    const reps = Array.from({ length: plan.reps }, (_, r) => person(managerSlot(t) + r + 1, 'rep', plan.id));
    return { id: plan.id, name: plan.name, managerOwnerId: manager.ownerId, repOwnerIds: reps.map((r) => r.ownerId), firstPairRate: plan.firstPairRate };
  });
  return { people, teams, directorOwnerId: director.ownerId, adminOwnerId: admin.ownerId };
}
