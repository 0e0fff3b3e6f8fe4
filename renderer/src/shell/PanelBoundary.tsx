import { Component, Fragment } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** Names the panel in the message ("The canvas failed"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this panel": a new key mounts the panel afresh. */
  generation: number;
}

/**
 * Keeps a failing panel from taking the whole window with it: the panel shows what went wrong
 * and a way to reload it, while the menus, save and autosave (which live outside every panel)
 * keep working, so no work is lost.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console keeps the component stack for a bug report; the panel shows the message.
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  private readonly reload = () =>
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { error, generation } = this.state;
    // A new key on reload mounts the panel's whole subtree afresh.
    if (!error) return <Fragment key={generation}>{this.props.children}</Fragment>;
    return (
      <div className="cw-panel-failed" role="alert" data-testid="panel-failed">
        <strong>The {this.props.name} failed.</strong>
        <p>{error.message}</p>
        <p className="cw-muted">
          Your design is safe: save and autosave still work. Reloading the panel draws it again from
          the design.
        </p>
        <button type="button" onClick={this.reload}>
          Reload this panel
        </button>
      </div>
    );
  }
}
