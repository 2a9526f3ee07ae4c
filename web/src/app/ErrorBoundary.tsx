import { Component, type ReactNode } from "react";

/**
 * Catches an error thrown while a page renders, so that one page that cannot be drawn leaves a message and two
 * ways on instead of a blank screen. The error itself goes to the console only (React logs it): its text and stack
 * mean nothing to the person at the screen.
 */
export class ErrorBoundary extends Component<{ homeHref: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main>
        <h1>Something went wrong</h1>
        <div className="state state-error" role="alert">
          <p>This page could not be shown. Try again, or go to your home page.</p>
          {/* A fresh load: re-rendering would meet the same data again in the page's memory. */}
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>{" "}
          <a href={this.props.homeHref}>Go to your home page</a>
        </div>
      </main>
    );
  }
}
