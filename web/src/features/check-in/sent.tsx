import type { ReactNode } from "react";
import { Link } from "../../app/router";
import { urls } from "../../app/urls";
import { ErrorState, Loading } from "../../components/States";
import { ArrivingHeading } from "./parts";

/** The way home from every check-in page. */
export function BackToProgress() {
  return (
    <p>
      <Link href={urls.myProgress()}>Back to my progress</Link>
    </p>
  );
}

/** Thanks once the answers are sent, with what happens to them (`children`), and the way home. */
export function ThankYou({ children }: { children: ReactNode }) {
  return (
    <main className="narrow">
      <ArrivingHeading>Thank you</ArrivingHeading>
      <p className="lead">{children}</p>
      <BackToProgress />
    </main>
  );
}

/** The page while what is due loads (`what`: "your check-in"), or when it could not be loaded, with a retry. */
export function NotLoaded({ failed, what, onRetry }: { failed: boolean; what: string; onRetry: () => void }) {
  return (
    <main>
      {failed ? (
        <ErrorState
          message={`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded.`}
          onRetry={onRetry}
        />
      ) : (
        <Loading what={what} />
      )}
    </main>
  );
}
