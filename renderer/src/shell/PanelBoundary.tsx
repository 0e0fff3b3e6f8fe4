import { Component, Fragment } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** Names the part in the message ("The canvas failed"). */
  name: string;
  children: ReactNode;
  /**
   * One line instead of a panel-sized card: for the small parts of the window (menu bar, find
   * box, notices) whose place has no room for a paragraph.
   */
  compact?: boolean;
  /** Placed on the failure card, for where the part sits (a floating box, the title bar). */
  className?: string;
  /** Further ways out shown on the card: the menu bar's Open and Save when its menus fail. */
  actions?: ReactNode;
  /**
   * Told once the part has failed, after React has let go of it: a dialog's host closes the
   * dialog here, so a failing dialog cannot leave the window behind an invisible trap.
   */
  onError?: (error: Error) => void;
  /** Replaces the card altogether (the window's last boundary has its own). */
  fallback?: (error: Error) => ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this panel": a new key mounts the panel afresh. */
  generation: number;
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/**
 * Keeps a failing panel from taking the whole window with it: the panel shows what went wrong
 * and a way to reload it, while the menus, save and autosave (which live outside every panel)
 * keep working, so no work is lost.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: asError(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console keeps the component stack for a bug report; the panel shows the message.
    console.error(`${this.props.name} failed`, error, info.componentStack);
    this.props.onError?.(asError(error));
  }

  private readonly reload = () =>
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { error, generation } = this.state;
    const { name, compact, className, actions, fallback } = this.props;
    // A new key on reload mounts the panel's whole subtree afresh.
    if (!error) return <Fragment key={generation}>{this.props.children}</Fragment>;
    if (fallback) return fallback(error);
    const classes = ['cw-panel-failed', compact && 'cw-panel-failed-compact', className]
      .filter(Boolean)
      .join(' ');
    if (compact)
      return (
        <div className={classes} role="alert" data-testid="panel-failed" title={error.message}>
          <strong>The {name} failed:</strong>
          <span className="cw-panel-failed-message">{error.message}</span>
          {actions}
          <button type="button" onClick={this.reload}>
            Reload
          </button>
        </div>
      );
    return (
      <div className={classes} role="alert" data-testid="panel-failed">
        <strong>The {name} failed.</strong>
        <p>{error.message}</p>
        <p className="cw-muted">
          Your design is safe: save and autosave still work. Reloading the panel draws it again from
          the design.
        </p>
        {actions}
        <button type="button" onClick={this.reload}>
          Reload this panel
        </button>
      </div>
    );
  }
}
