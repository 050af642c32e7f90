import type { Bounds, Calendar, Period } from '../domain/period';
import type { GoalFamily } from '../kpi/revenueGoals';
import type { Deal, Owner, Pipeline, PortalData, PortalUser, Team } from '../domain/portal';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { ForecastSubmission } from '../domain/toForecastSubmission';
import type { CustomerProperties } from './readCustomers';
import type { DefinedType } from './crmTransport';
import type { Comparison } from './scorecardWindow';

/**
 * The port the handlers read HubSpot through (design.md "Data flow"): the few calls they make,
 * so handlers depend on this interface and not on the gateway's internals. Two adapters:
 * `crmPortFromGateway` (HubSpot or the emulator through the real SDK) and
 * `crmPortFromSnapshot` (an in-memory portal, for tests and offline use). Every method may
 * reject with the gateway's CrmError; `runHandler` turns that into a card error state.
 */
export interface PortalInfo {
  /** null when HubSpot would not say (no account-info scope, the emulator); the verified viewer's portal is used. */
  id: number | null;
  timeZone: string;
  currency: string;
  /**
   * The host of the portal's HubSpot UI (account info's `uiDomain`, e.g. app.hubspot.com or
   * app-eu1.hubspot.com): links into HubSpot are built on it. Absent when HubSpot would not say.
   */
  uiDomain?: string;
}

export interface Roster {
  owners: Owner[];
  teams: Team[];
}

export interface DealPropertyDefinition {
  name: string;
  label: string;
  type: string;
}

/** One option of an enumeration property (`options[]` of HubSpot's property definition): the value records hold, the label HubSpot shows. */
export interface PropertyOption {
  value: string;
  label: string;
}

/**
 * A scorecard's reads (src/crm loadOwnerScorecard): the owners' deals closing in the window
 * W = the period, `historyQuarters` quarters before it and every growth comparison period of
 * those (src/crm scorecardWindow); with funnel KPIs also the deals that can have entered a
 * stage in W; the goals of the owners' users and of `teamIds` overlapping W; their meetings in W.
 */
export interface ScorecardDataRequest {
  ownerIds: string[];
  /** Teams whose own HubSpot goals may be the target (team KPIs); empty for a rep. */
  teamIds: string[];
  period: Period;
  calendar: Calendar;
  mapping: PropertyMapping;
  historyQuarters: number;
  includeFunnel: boolean;
  /** growth_rate's comparison period, or 'none' when the template has no growth KPI (src/crm scorecardWindow). */
  comparison: Comparison;
  /**
   * The company and line-item properties to read with the deals' customers when the template
   * has customer KPIs; absent: none are read. A port holding the whole portal (snapshot,
   * mirror) has them already; a live read reads them when the window is small enough.
   */
  customers?: CustomerProperties;
}

/**
 * Funnel health's reads (src/crm loadFunnelHealth): the pipeline's deals of the owners that can
 * have entered a stage in the period — created before it ends, and open or closed after it starts.
 */
export interface FunnelDataRequest {
  pipelineId: string;
  ownerIds: string[];
  period: Period;
  calendar: Calendar;
  mapping: PropertyMapping;
}

/** The deal card's reads (src/crm loadDealCard). */
export interface DealCardRequest {
  dealId: string;
  mapping: PropertyMapping;
  calendar: Calendar;
  /** The owner's quarter is the one holding `now`; the history ends at the UTC midnight before it. */
  now: number;
  historyDays: number;
  /**
   * The deal's own properties as HubSpot sent them with the call (an app function's
   * `propertiesToSend`); used instead of reading the deal when they hold dealCardProperties.
   */
  dealProperties?: Readonly<Record<string, string | null>>;
}

export interface DealCardData {
  deal: Deal;
  /** Closed deals of the deal's pipeline in dealHistoryWindow (the deal itself may be among them). */
  history: Deal[];
  /** The owner's won deals closing in the quarter, and the goals of the owner's user; null when the deal has no owner. */
  ownerPeriod: PortalData | null;
}

export type TaskPriority = 'HIGH' | 'MEDIUM' | 'LOW';

export interface TaskDraft {
  subject: string;
  body: string;
  /** The HubSpot owner the task is assigned to; null leaves it unassigned. */
  ownerId: string | null;
  /** Epoch ms the task is due. */
  dueAt: number;
  priority: TaskPriority;
}

/** A task HubSpot holds, as a search for tasks by owner and subject finds it. */
export interface FoundTask {
  id: string;
  body: string;
  /** Epoch ms the task is due; null when HubSpot holds no due date. */
  dueAt: number | null;
}

export interface TaskPatch {
  subject?: string;
  body?: string;
  priority?: TaskPriority;
  status?: 'NOT_STARTED' | 'COMPLETED';
}

export interface CrmPort {
  portal(): Promise<PortalInfo>;
  /** Owners (archived ones too, inactive) with the teams HubSpot puts them in. */
  roster(): Promise<Roster>;
  /** Deal pipelines, stages in display order. */
  pipelines(): Promise<Pipeline[]>;
  dealPropertyDefinitions(): Promise<DealPropertyDefinition[]>;
  /** A deal or company property's options (GET /crm/v3/properties/{objectType}/{name}); [] for a free-text property or one the portal lacks. */
  propertyOptions(objectType: DefinedType, name: string): Promise<PropertyOption[]>;
  /**
   * Whether the portal defines this property (GET /crm/v3/properties/{objectType}/{name}), so
   * settings naming one that is not there are refused; null when this source cannot tell (a
   * snapshot carries only some definitions).
   */
  propertyExists(objectType: DefinedType, name: string): Promise<boolean | null>;
  /** GET /settings/v3/users/{userId}; null when HubSpot does not know the user. */
  user(userId: number): Promise<PortalUser | null>;
  scorecardData(request: ScorecardDataRequest): Promise<PortalData>;
  /** The goal families (hs_group_correlation_uuid) of the owners' goal targets overlapping the window, for the settings to pick the revenue one. */
  goalFamilies(window: Bounds): Promise<GoalFamily[]>;
  funnelData(request: FunnelDataRequest): Promise<PortalData>;
  /** null when there is no such deal. */
  dealCard(request: DealCardRequest): Promise<DealCardData | null>;
  /**
   * Every forecast submitted in HubSpot's forecast tool (Forecasts API, beta, read-only);
   * null when HubSpot will not give them (no crm.objects.forecasts.read, or no forecast tool).
   */
  forecastSubmissions(): Promise<ForecastSubmission[] | null>;
  /** When the data this port serves was read from HubSpot (epoch ms); null: it reads HubSpot now, per request. */
  dataAsOf(): number | null;
  createTask(draft: TaskDraft): Promise<{ id: string }>;
  updateTask(id: string, patch: TaskPatch): Promise<void>;
  /** Which of these tasks HubSpot still has (a user may delete one; a fresh portal never had them). */
  existingTaskIds(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * The tasks assigned to the owner with exactly this subject, completed ones too. A search:
   * HubSpot's index trails a create by seconds, so a task created just now may be missing.
   */
  tasksBySubject(ownerId: string, subject: string): Promise<FoundTask[]>;
}

