import { Component, type ReactNode } from "react";
import { I18nContext } from "../lib/i18n/I18nContext";

interface State {
  error: Error | null;
}

/** The last line of defence: whatever throws while rendering, the page says so
 * instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>{this.context.t("crashHeading")}</h2>
        <p lang="en">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.context.t("tryAgain")}
        </button>
      </div>
    );
  }
}
