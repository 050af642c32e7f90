import type { ViewerContextOutput } from '../../src/handlers/contracts/viewerContext';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

/** Who the viewer is to the app (their role and the views they may use), asked once per page. */
export function useViewerContext(client: KpiClient): Remote<ViewerContextOutput> {
  return useRemote(() => client.viewerContext(), 'viewer');
}
