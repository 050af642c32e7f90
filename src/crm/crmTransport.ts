/**
 * The HubSpot calls the gateway makes, one method per endpoint, answering HubSpot's JSON as
 * plain data (`unknown`: the gateway validates it with zod). The real transport goes through
 * `@hubspot/api-client` (sdkTransport); unit tests use an in-memory one. A transport throws
 * CrmError for every answer that is not a success, and never retries or waits itself.
 */
export type FilterOperator = 'EQ' | 'NEQ' | 'LT' | 'LTE' | 'GT' | 'GTE' | 'BETWEEN' | 'IN' | 'NOT_IN' | 'HAS_PROPERTY' | 'NOT_HAS_PROPERTY';

export interface SearchFilter {
  propertyName: string;
  operator: FilterOperator;
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface FilterGroup {
  filters: SearchFilter[];
}

export interface SearchSort {
  propertyName: string;
  direction: 'ASCENDING' | 'DESCENDING';
}

/** The body of POST /crm/v3/objects/{type}/search. */
export interface SearchBody {
  filterGroups: FilterGroup[];
  sorts: SearchSort[];
  properties: string[];
  limit: number;
  after?: string;
}

export type SearchableType = 'deals' | 'meetings' | 'tasks' | 'goal_targets' | 'companies' | 'line_items';

export interface ObjectInput {
  properties: Record<string, string>;
  associations?: { to: { id: string }; types: { associationCategory: 'HUBSPOT_DEFINED' | 'USER_DEFINED'; associationTypeId: number }[] }[];
}

/** The objects the customer and product KPIs read besides deals (companies 0-2, line items 0-8). */
export type CustomerObjectType = 'companies' | 'line_items';

/** The objects whose property definitions the app reads: segment labels come from deal and company options. */
export type DefinedType = 'deals' | 'companies' | 'line_items';
export type AssociatedType = 'deals' | CustomerObjectType;

export interface CrmTransport {
  search(objectType: SearchableType, body: SearchBody): Promise<unknown>;
  getDeal(id: string, properties: readonly string[]): Promise<unknown>;
  /** POST /crm/v3/objects/deals/batch/read, at most 100 ids; missing ids are left out (a 207). */
  batchReadDeals(ids: readonly string[], properties: readonly string[]): Promise<unknown>;
  ownersPage(after: string | undefined, archived: boolean): Promise<unknown>;
  dealPipelines(): Promise<unknown>;
  dealPropertyDefinitions(): Promise<unknown>;
  /** GET /crm/v3/properties/{objectType}/{propertyName}: one property's definition, its options with it. */
  propertyDefinition(objectType: DefinedType, name: string): Promise<unknown>;
  usersPage(after: string | undefined): Promise<unknown>;
  getUser(userId: string): Promise<unknown>;
  accountDetails(): Promise<unknown>;
  /** GET /crm/objects/v3/forecasts (the Forecasts API beta guide's path), one page of submissions with the properties. */
  forecastsPage(after: string | undefined, properties: readonly string[]): Promise<unknown>;
  createTask(input: ObjectInput): Promise<unknown>;
  updateTask(id: string, properties: Record<string, string>): Promise<unknown>;
  batchReadTasks(ids: readonly string[]): Promise<unknown>;
  /** POST /crm/v4/associations/{from}/{to}/batch/read, at most 1,000 inputs; ids without associations are named in errors (a 207). */
  batchReadAssociations(from: AssociatedType, to: AssociatedType, inputs: readonly { id: string; after?: string }[]): Promise<unknown>;
  /** POST /crm/v3/objects/{type}/batch/read, at most 100 ids; missing ids are left out (a 207). */
  batchReadObjects(objectType: CustomerObjectType, ids: readonly string[], properties: readonly string[]): Promise<unknown>;
}
