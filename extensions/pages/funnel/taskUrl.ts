/**
 * Where HubSpot shows one task: the task view of the portal's Tasks tool. Not an API
 * contract; the one place to change if HubSpot moves it.
 */
export function taskUrl(portalId: number, taskId: string): string {
  return `https://app.hubspot.com/tasks/${portalId}/view/all/task/${encodeURIComponent(taskId)}`;
}
