import { createRemoteReceiver, createRemoteRoot } from '@remote-ui/core';
import { createRoot } from '@remote-ui/react';
import { RemoteRenderer } from '@remote-ui/react/host';
import { Component, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ExtensionRender } from './bridge/extensionRegistry';
import type { ExtensionLocation } from './bridge/extensionContext';
import { extensionContext } from './bridge/extensionContext';
import { hostActions } from './bridge/hostActions';
import { serverlessViaBackend } from './bridge/backendCall';
import { previewSelection } from './bridge/previewSelection';
import { COMPONENT_MAP } from './host/componentMap';
import { createHostController } from './host/createHostController';

const controller = createHostController(COMPONENT_MAP);

/**
 * One extension running in the page (design.md "A browser preview host works"): the entry's
 * render function gets the context HubSpot would give it, its element is rendered by
 * remote-ui's reconciler into a remote root, and the receiver's tree is drawn here with the
 * DOM component map. The parent remounts the frame (a new key) when the selection changes.
 */
export function ExtensionFrame({ render, location }: { render: ExtensionRender; location: ExtensionLocation }) {
  const [receiver] = useState(() => createRemoteReceiver());
  useEffect(() => {
    const remoteRoot = createRemoteRoot(receiver.receive);
    const root = createRoot(remoteRoot);
    const api = { context: extensionContext(location, previewSelection()), actions: hostActions(), runServerlessFunction: serverlessViaBackend };
    root.render(render(api));
    void remoteRoot.mount();
    return () => root.unmount();
  }, [receiver, render, location]);
  return (
    <FrameErrorBoundary>
      <RemoteRenderer receiver={receiver} controller={controller} />
    </FrameErrorBoundary>
  );
}

/** A host rendering that throws shows its message in the frame instead of blanking the page. */
class FrameErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error !== null) return <pre className="preview-crash">The preview could not draw this extension: {this.state.error.message}</pre>;
    return this.props.children;
  }
}
