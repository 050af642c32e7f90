import fc from 'fast-check';
import type { Owner, Team } from '../../src/domain/portal';
import { alertAssignee } from '../../src/handlers/alertAssignee';
import { worsened } from '../../src/handlers/alertScanRun';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';

const person = (id: string, teamIds: string[]): Owner => ({ id, userId: Number(id), email: null, name: `Owner ${id}`, teamIds, primaryTeamId: teamIds[0] ?? null, active: true });
const team = (id: string, members: string[]): Team => ({ id, name: `Team ${id}`, memberOwnerIds: members });

/** East (manager Mia 3) has Ann 1 and Mia; West has no manager and Carl 4; Zoe 6 sells in both; Dora 5 directs. */
const roster = {
  owners: [person('1', ['east']), person('3', ['east']), person('4', ['west']), person('5', []), person('6', ['east', 'west'])],
  teams: [team('east', ['1', '3', '6']), team('west', ['4', '6'])],
};
const settings: Settings = { ...defaultSettings(), teams: [{ teamId: 'east', managerOwnerIds: ['3'] }], directorOwnerIds: ['5'] };

describe('alertAssignee: who gets the task', () => {
  it.each([
    ['a team’s breach goes to its manager', { kind: 'team', id: 'east' }, { ownerId: '3', why: 'team_manager' }],
    ['a rep’s breach goes to their team’s manager', { kind: 'owner', id: '1' }, { ownerId: '3', why: 'team_manager' }],
    ['a team without a manager goes to the director', { kind: 'team', id: 'west' }, { ownerId: '5', why: 'director' }],
    ['a rep whose team has no manager goes to the director', { kind: 'owner', id: '4' }, { ownerId: '5', why: 'director' }],
    ['a rep in two teams (across teams) goes to the director', { kind: 'owner', id: '6' }, { ownerId: '5', why: 'director' }],
    ['a manager’s own funnel goes to the director', { kind: 'owner', id: '3' }, { ownerId: '5', why: 'director' }],
  ] as const)('%s', (_, group, expected) => {
    expect(alertAssignee(group, roster, settings)).toEqual(expected);
  });

  it('leaves the task unassigned when the settings name no manager and no director', () => {
    expect(alertAssignee({ kind: 'team', id: 'west' }, roster, defaultSettings())).toEqual({ ownerId: null, why: 'nobody' });
  });
});

describe('worsened: when a breach’s task is rewritten', () => {
  const rate = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });

  it('is true from warning to critical, whatever the rates', () => {
    fc.assert(fc.property(rate, rate, (before, now) => worsened({ severity: 'warning', rate: before }, { severity: 'critical', rate: now })));
  });

  it('is false for the same severity when the rate did not fall by a full point', () => {
    fc.assert(
      fc.property(fc.constantFrom('warning' as const, 'critical' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -0.0099, max: 1, noNaN: true }), (severity, before, rise) => {
        const now = Math.min(1, Math.max(0, before + rise));
        return !worsened({ severity, rate: before }, { severity, rate: now }) || before - now >= 0.01;
      }),
    );
  });

  it('is true when the rate fell by a point or more (hand example: 19.1% → 12.0%)', () => {
    expect(worsened({ severity: 'critical', rate: 0.191 }, { severity: 'critical', rate: 0.12 })).toBe(true);
    expect(worsened({ severity: 'critical', rate: 0.191 }, { severity: 'warning', rate: 0.25 })).toBe(false);
  });
});
