import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The document's number, named in the message. */
  id: string;
  children: ReactNode;
}

/**
 * A document the editor cannot display (content it cannot build) must not take the
 * whole program down with it: say which document and why, and leave the rest usable.
 */
export class DocumentErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Document ${this.props.id} could not be displayed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="banner banner-error" role="alert">
          <p>
            {this.props.id} cannot be shown in the editor: {this.state.error.message}. Its file was left as it is; open it in a
            text editor or restore it from a backup.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
