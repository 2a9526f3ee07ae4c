import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApolloProvider } from "@apollo/client/react";
import { App } from "./app/App";
import { apolloClient } from "./app/apollo";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { urls } from "./app/urls";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {/* Around the sign-in page and the frame of every page; each page has its own inside (App.tsx). */}
    <ErrorBoundary homeHref={urls.home()}>
      <ApolloProvider client={apolloClient}>
        <App />
      </ApolloProvider>
    </ErrorBoundary>
  </StrictMode>,
);
