/**
 * What one source of targets (settings or HubSpot goals) says about one owner or team in
 * one period: nothing, an amount, or something it cannot tell (with the reason).
 */
export type SourceQuota =
  | { status: 'none' }
  | { status: 'amount'; amount: number }
  | { status: 'unknown'; reason: string };

export const NO_QUOTA: SourceQuota = { status: 'none' };
export const quotaAmount = (amount: number): SourceQuota => ({ status: 'amount', amount });
export const quotaUnknown = (reason: string): SourceQuota => ({ status: 'unknown', reason });
