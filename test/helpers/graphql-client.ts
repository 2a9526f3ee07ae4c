export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  setCookie: string | null;
}

/** A browser-like GraphQL client over real HTTP: it keeps the session cookie the server sets, and sends it back. */
export class GraphQLSession {
  cookie: string | null = null;

  /** `headers` go with every request: `{ authorization: "Bearer …" }` makes it a script with an access token. */
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0]!;
      // A cleared cookie comes back empty with an expiry in the past.
      this.cookie = pair.endsWith("=") ? null : pair;
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, setCookie };
  }

  async login(email: string, password: string): Promise<GraphQLResponse<{ login: { id: string; role: string } }>> {
    return this.request(
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }`,
      {
        email,
        password,
      },
    );
  }
}

/** The error of a response that must have failed, for assertions. */
export function onlyError(response: GraphQLResponse<unknown>): GraphQLErrorShape {
  if (!response.errors || response.errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response.errors[0]!;
}
