import { useQuery } from "@apollo/client/react";
import { ErrorState, Loading } from "../../components/States";
import { CRISIS_RESOURCES } from "./check-in.graphql";
import { CrisisResourceList } from "./parts";

/**
 * Where to turn for help now: the clinic's crisis resources, one tap from every page of the client's. The app is
 * not watched around the clock, and the page says so rather than let anyone wait for an answer here.
 */
export function HelpPage({ forClient }: { forClient: boolean }) {
  const { data, loading, error, refetch } = useQuery(CRISIS_RESOURCES);
  return (
    <main className="narrow" aria-labelledby="help-title">
      <h1 id="help-title">Help now</h1>
      <p className="lead">If you need to talk to someone now, you can reach one of these.</p>
      {loading && !data ? (
        <Loading what="where to find help" />
      ) : error && !data ? (
        <>
          <ErrorState message="The list could not be loaded." onRetry={() => void refetch()} />
          <p>If you are in danger now, call your local emergency number.</p>
        </>
      ) : data!.crisisResources.length === 0 ? (
        <p>If you are in danger now, call your local emergency number.</p>
      ) : (
        <CrisisResourceList resources={data!.crisisResources} />
      )}
      {forClient && (
        <p>
          This app is not watched around the clock: your answers here are read by your therapist at their next working
          time, not straight away.
        </p>
      )}
    </main>
  );
}
