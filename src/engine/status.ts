// The status model of a resource, as Tilt's UI and CLI show it (reference §7.4).

export type UpdateStatus = 'none' | 'pending' | 'in_progress' | 'ok' | 'error' | 'not_applicable';
export type RuntimeStatus = 'unknown' | 'pending' | 'ok' | 'error' | 'not_applicable' | 'none';

export interface BuildRecord {
  startTime: number;
  finishTime: number | null;
  /** why it ran: 'initial', 'trigger', 'file change', 'tiltfile change', 'live update' */
  reason: string;
  error: string | null;
  liveUpdate: boolean;
}

/** What `tiltjs get`, the HTTP API and the terminal view show for one resource. */
export interface ResourceView {
  name: string;
  type: string;
  labels: string[];
  updateStatus: UpdateStatus;
  runtimeStatus: RuntimeStatus;
  /** why the resource is not updating yet, if it is waiting */
  waiting: string | null;
  triggerMode: 'auto' | 'manual';
  autoInit: boolean;
  /** has been ready at least once (gates dependents' first update) */
  everReady: boolean;
  pendingChanges: boolean;
  lastBuild: BuildRecord | null;
  buildCount: number;
  runtimeError: string | null;
  links: { url: string; name: string }[];
  resourceDeps: string[];
  enabled: boolean;
}
