/**
 * The engine's data model (kpi-spec §2): HubSpot's strings already parsed into numbers,
 * booleans and epoch milliseconds. `null` always means unknown, never zero.
 */
export type Outcome = 'open' | 'won' | 'lost';

export interface Team {
  id: string;
  name: string;
  memberOwnerIds: string[];
}

export interface Owner {
  id: string;
  userId: number | null;
  email: string | null;
  name: string;
  teamIds: string[];
  primaryTeamId: string | null;
  active: boolean;
}

export interface Stage {
  id: string;
  label: string;
  displayOrder: number;
  /** HubSpot's deal-stage probability, 0–1; null when the portal did not set one. */
  probability: number | null;
  isClosed: boolean;
  outcome: Outcome;
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  /** Stages sorted by displayOrder. */
  stages: Stage[];
}

export interface Deal {
  id: string;
  name: string | null;
  pipelineId: string | null;
  stageId: string | null;
  ownerId: string | null;
  /** Home-currency amount: `amount_in_home_currency` when present, else `amount`. */
  amount: number | null;
  createdAt: number | null;
  closedAt: number | null;
  outcome: Outcome | null;
  dealType: string | null;
  /** Stage id → earliest known entry time (hs_v2_date_entered_*, falling back to hs_date_entered_*). */
  stageEnteredAt: Record<string, number>;
  /** Mapped properties (settings → property mapping); null when unmapped or empty. */
  collectedAmount: number | null;
  grossMargin: number | null;
  expense: number | null;
  forecastAmount: number | null;
  companyIds: string[] | null;
  /** This deal's values that could not be read (each is unknown above); see dealProblems. */
  issues: DataIssue[];
}

export interface Goal {
  id: string;
  name: string | null;
  /** hs_group_correlation_uuid: the goal family (one goal of HubSpot's UI, all its time slices); null when HubSpot did not say. */
  groupId: string | null;
  userId: number | null;
  teamId: string | null;
  amount: number | null;
  startAt: number | null;
  endAt: number | null;
}

export interface Meeting {
  id: string;
  ownerId: string | null;
  at: number | null;
}

export interface PortalUser {
  id: string;
  email: string | null;
  superAdmin: boolean;
}

/** A manual score 0–100 for a qualitative KPI (kpi-spec §2), entered per owner and period. */
export interface ManualScore {
  ownerId: string;
  key: string;
  period: string;
  score: number;
  /** For 360 evaluation (kpi-spec §6): who gave the score. */
  source?: 'self' | 'manager' | 'customer' | 'peer';
}

/** A value that could not be read, named by record and field (kpi-spec §2). */
export interface DataIssue {
  object: 'deal' | 'owner' | 'pipeline' | 'goal' | 'meeting' | 'forecast';
  id: string;
  field: string;
  value: string;
  reason: string;
}

export interface PortalData {
  portal: {
    id: number;
    timeZone: string;
    currency: string;
    uiDomain?: string;
    /**
     * Whether the portal has logged any meeting at all, by anyone, ever: false means meetings are
     * not tracked here (activity_count is not_configured rather than 0 for everyone). Absent: not probed.
     */
    meetingsLogged?: boolean;
  };
  owners: Owner[];
  teams: Team[];
  pipelines: Pipeline[];
  deals: Deal[];
  /** null: the snapshot did not say (unknown); []: there are none. */
  goals: Goal[] | null;
  meetings: Meeting[] | null;
  users: PortalUser[] | null;
}
