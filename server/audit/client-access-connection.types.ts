import { connectionType } from "../schema/connection.ts";
import { ClientAccess } from "./audit.types.ts";

export const ClientAccessConnection = connectionType(ClientAccess, "ClientAccess", {
  list: "A page of the accesses to a client's information, newest first.",
  item: "An access to the client's information",
});
