import "reflect-metadata";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { parseCookie as parseCookies } from "cookie";
import express, { type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { disclosureAudit } from "./audit/disclosures.ts";
import { bearerToken } from "./auth/access-token.service.ts";
import type { Config } from "./config.ts";
import type { RequestContext } from "./context.ts";
import { createSchema } from "./schema/build-schema.ts";
import { createErrorFormatter } from "./schema/format-error.ts";
import { queryLimits } from "./schema/limits.ts";
import { requestErrors, securityHeaders } from "./security-headers.ts";
import { createServices, type Services } from "./services.ts";
import { staticAssets } from "./static-assets.ts";

export const SESSION_COOKIE = "fu_session";
const BODY_LIMIT = "256kb";

export interface AppOptions {
  config: Pick<Config, "nodeEnv" | "rules" | "sessionPolicy" | "webRoot" | "trustProxy"> &
    Partial<Pick<Config, "publicUrl" | "progressCacheMb">>;
  dataSource: DataSource;
  /** Injectable time for tests. */
  clock?: () => Date;
  log?: (message: string, detail?: unknown) => void;
}

export interface App {
  app: express.Express;
  services: Services;
  stop: () => Promise<void>;
}

/** The express app: GraphQL at /graphql and the web app at /. Tests build it on their own database. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, dataSource } = options;
  const log = options.log ?? ((message: string, detail?: unknown) => console.error(message, detail ?? ""));
  const services = createServices(dataSource, {
    rules: config.rules,
    sessionPolicy: config.sessionPolicy,
    clock: options.clock,
    progressCacheMb: config.progressCacheMb,
  });
  const production = config.nodeEnv === "production";
  const schema = await createSchema();
  const limits = queryLimits(schema);
  const noStore: ApolloServerPlugin<RequestContext> = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          response.http.headers.set("cache-control", "no-store");
          return Promise.resolve();
        },
      }),
  };
  const formatError = createErrorFormatter(log);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    introspection: !production,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      disclosureAudit<RequestContext>(services.audit, (error) =>
        formatError({ message: "The audit of an export could not be written." }, error),
      ),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // The schema gives no cache hints, so every answer is uncacheable: say so once per response instead of
      // working out a cache policy field by field.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy that terminates HTTPS, req.secure (and so the Secure cookie flag) and req.ip come from it.
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders(production));

  const context = async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    // As the audit log stores it (64 characters); a forwarded-for header is the client's to write.
    const sourceAddress = req.ip ? req.ip.slice(0, 64) : null;
    // With an Authorization header the request is a script's: the cookie is ignored, and none is ever set.
    const bearer = req.headers.authorization !== undefined;
    const token = bearer ? undefined : parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
    const cookieOptions = { httpOnly: true, sameSite: "strict" as const, secure: req.secure, path: "/" };
    const issuedSession = { token: null as string | null };
    return {
      viewer: bearer
        ? await services.accessTokens.resolve(bearerToken(req.headers.authorization), sourceAddress)
        : await services.auth.resolve(token),
      sourceAddress,
      sessionToken: token ?? null,
      // Behind a proxy, protocol and host come from it ("trust proxy"); PUBLIC_URL takes the guessing away.
      publicUrl: config.publicUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`,
      services,
      disclosures: [],
      issuedSession,
      setSessionCookie: (value, expiresAt) => {
        if (bearer) return;
        issuedSession.token = value;
        res.cookie(SESSION_COOKIE, value, { ...cookieOptions, expires: expiresAt });
      },
      clearSessionCookie: () => {
        if (!bearer) res.clearCookie(SESSION_COOKIE, cookieOptions);
      },
    };
  };
  app.use("/graphql", express.json({ limit: BODY_LIMIT }), expressMiddleware(apollo, { context }));

  // For a load balancer: 200 while this process answers and reaches its (primary) database, else 503.
  app.get("/health", (_req, res) => {
    dataSource.query("SELECT 1").then(
      () => res.set("Cache-Control", "no-store").json({ status: "ok" }),
      () => res.status(503).set("Cache-Control", "no-store").json({ status: "unavailable" }),
    );
  });

  // The dashboard: pre-compressed files, hashed ones cached for good, the page itself checked on every visit.
  const assets = staticAssets(config.webRoot);
  if (assets) app.use(assets);

  app.use(requestErrors(log));

  return { app, services, stop: () => apollo.stop() };
}
