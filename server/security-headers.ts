import type { RequestHandler } from "express";
import helmet from "helmet";

const STRICT_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * helmet with a Content Security Policy that allows only the app's own scripts: no inline or third-party script,
 * no framing, no MIME sniffing, no referrer. Inline style *attributes* stay allowed because the chart library sets
 * sizes with them. In development the GraphQL landing page (a sandbox served from Apollo's CDN) is exempt from the
 * script policy; in production the landing page is off and every response gets the strict policy.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const common = {
    frameguard: { action: "deny" as const },
    referrerPolicy: { policy: "no-referrer" as const },
    strictTransportSecurity: production ? { maxAge: 15_552_000, includeSubDomains: true } : false,
  };
  const strict = helmet({ ...common, contentSecurityPolicy: STRICT_CSP });
  const landingPage = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) =>
    !production && req.method === "GET" && req.path.startsWith("/graphql") ? landingPage(req, res, next) : strict(req, res, next);
}
