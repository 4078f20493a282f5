/**
 * Parts of the UI the first screen does not show (dialogs, the inspector) are loaded on first use,
 * so that opening a design loads and compiles less script. A part shows `fallback` while its chunk
 * loads (a few milliseconds from the same server) and, if the chunk cannot be loaded (the app was
 * updated on the server, the connection dropped), a message in its place instead of a blank app.
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

interface BoundaryProps {
  what: string;
  children: ReactNode;
}

class LoadFailure extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="app-load-failure" role="alert">
        Faultline could not show the {this.props.what}. Reload the page to try again; your design is kept.
      </p>
    );
  }
}

/**
 * A component that loads `load`'s module on first render. `what` names the part for the message
 * shown when loading fails ("library", "inspector"…).
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyPart(props: P) {
    return (
      <LoadFailure what={what}>
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </LoadFailure>
    );
  }
  return LazyPart;
}
