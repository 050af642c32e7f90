/**
 * Where HubSpot shows one task: the task view of the portal's Tasks tool, on the host of the
 * portal's own UI (account info's `uiDomain`: app.hubspot.com, app-eu1.hubspot.com…). null
 * when the host is unknown: no link beats one into the wrong data centre. Not an API
 * contract; the one place to change if HubSpot moves it.
 */
export function taskUrl(uiDomain: string | null, portalId: number, taskId: string): string | null {
  if (uiDomain === null) return null;
  return `https://${uiDomain}/tasks/${portalId}/view/all/task/${encodeURIComponent(taskId)}`;
}
