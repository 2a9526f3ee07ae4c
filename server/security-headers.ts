import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler } from "express";
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
    !production && req.method === "GET" && req.path.startsWith("/graphql")
      ? landingPage(req, res, next)
      : strict(req, res, next);
}

/**
 * Errors before GraphQL is reached (a body that is not JSON, too large, …) answer as GraphQL-shaped JSON with a
 * code, never Express's HTML page with a stack trace.
 */
export function requestErrors(log: (message: string, detail?: unknown) => void): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) {
      const errorId = randomUUID();
      log(`[error ${errorId}]`, error);
      res.status(500).json({
        errors: [
          {
            message: `Something went wrong on our side. Reference: ${errorId}`,
            extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
          },
        ],
      });
      return;
    }
    const tooLarge = status === 413;
    res.status(status).json({
      errors: [
        {
          message: tooLarge
            ? "The request is too large."
            : "The request could not be read: send JSON with a GraphQL query.",
          extensions: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" },
        },
      ],
    });
  };
}
