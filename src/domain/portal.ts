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
  /** The deal's associated companies, its primary company first (deal→company associations); null when they were not read. */
  companyIds: string[] | null;
  /** The deal's line items (deal→line_items associations); null when they were not read. */
  lineItemIds: string[] | null;
  /** The mapped segment property's value as HubSpot holds it; null when unmapped or empty. */
  segmentValue: string | null;
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

/** A won deal of a company: its customer history (kpi-spec §4, customers won and kept). */
export interface CompanyWin {
  dealId: string;
  /** null: the deal is won but its close date is unknown. */
  closedAt: number | null;
}

/**
 * A company associated with a deal (HubSpot's companies, object 0-2): a customer once one of
 * its deals is won. `properties` holds the company properties read for the settings (the
 * key-account property) as HubSpot's strings; a property absent from it was not read.
 */
export interface Company {
  id: string;
  name: string | null;
  lifecycleStage: string | null;
  ownerId: string | null;
  properties: Readonly<Record<string, string | null>>;
  /** Every won deal associated with the company, whoever owns it; null when its deals were not read. */
  wins: CompanyWin[] | null;
}

/** A deal's line item (HubSpot's line_items, object 0-8), what product_mix_share splits won amount by. */
export interface LineItem {
  id: string;
  /** `hs_product_id`: the product library item it was made from; null for a custom line item. */
  productId: string | null;
  name: string | null;
  quantity: number | null;
  price: number | null;
  /** HubSpot's `amount`: the line's total after discounts; null when unknown. */
  amount: number | null;
  properties: Readonly<Record<string, string | null>>;
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
  object: 'deal' | 'owner' | 'pipeline' | 'goal' | 'meeting' | 'company' | 'line_item' | 'forecast';
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
  /**
   * The companies associated with the deals, and the line items of the won ones. Absent or
   * null: not read (a snapshot or live read without associations), which is unknown, not none.
   */
  companies?: Company[] | null;
  lineItems?: LineItem[] | null;
}
