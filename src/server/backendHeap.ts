/**
 * The heap a backend serving a portal of about a million deals runs with
 * (`NODE_OPTIONS=--max-old-space-size=1280`, README "Deploying the backend"). The mirror's held
 * deals, companies and line items need about 880 MB and a director's view a few hundred more
 * (docs/mirror.md); without a limit V8
 * grows its heap lazily to twice what is live before collecting, so a process that needs 1 GB
 * shows 2 GB. The limit makes it collect instead, within the 1.5 GB a 1M-deal portal is
 * promised.
 */
export const LARGE_PORTAL_HEAP_MB = 1280;
