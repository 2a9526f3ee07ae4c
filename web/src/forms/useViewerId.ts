import { useQuery } from "@apollo/client/react";
import { ME } from "../features/login/login.graphql";

/** The signed-in person's id, as the app already knows it (the Me query it asked at start), for keying drafts. */
export function useViewerId(): string | null {
  const { data } = useQuery(ME, { fetchPolicy: "cache-only" });
  return data?.me?.id ?? null;
}
