/** The baseline for throughput: a hello-world Apollo Server on Express 5, as small as GraphQL over HTTP gets. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

const apollo = new ApolloServer({
  typeDefs: `type Query { hello: String! }`,
  resolvers: { Query: { hello: () => "world" } },
});
await apollo.start();
const app = express();
app.use("/graphql", express.json(), expressMiddleware(apollo));
const server = createServer(app).listen(0, "127.0.0.1", () => {
  console.log(`hello-world listening on ${(server.address() as AddressInfo).port}`);
});
