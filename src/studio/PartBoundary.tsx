import { Component, type ReactNode } from "react";
import { StudioI18nContext } from "./studioI18n";

interface State {
  error: Error | null;
}

/** One part of the studio (the form, the preview, export) failing says so in its own place, and
 * leaves the rest working and the draft saved: Export stays the way out. */
export class PartBoundary extends Component<{ children: ReactNode }, State> {
  static contextType = StudioI18nContext;
  declare context: React.ContextType<typeof StudioI18nContext>;
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    const { t } = this.context;
    return (
      <div className="part-failed" role="alert">
        <p>{t("partFailed")}</p>
        <p lang="en" dir="ltr">
          {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t("tryAgain")}
        </button>
      </div>
    );
  }
}
