/** A quota's or target's holder: an owner or a team, never both (src/settings settingsSchema). */
export interface Held {
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/** The holder as one Select value: "owner:<id>" or "team:<id>". */
export const subjectOf = (held: Held): string => (held.ownerId !== undefined ? `owner:${held.ownerId}` : `team:${held.teamId ?? ''}`);

export function withSubject<T extends Held>(held: T, value: string): T {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  const { ownerId: _o, teamId: _t, ...base } = held;
  return (kind === 'team' ? { ...base, teamId: id } : { ...base, ownerId: id }) as T;
}
