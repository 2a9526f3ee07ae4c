import { type ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page sits in its list (Relay connection spec)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: "Whether items come before this page." })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The cursor of the page's first item; null for an empty page." })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last item, to pass as after for the next page; null for an empty page.",
  })
  endCursor!: string | null;
}

/**
 * The GraphQL types of a paged list after the Relay connection spec: `<name>Connection` with its edges, page info
 * and total, and `<name>Edge` with a cursor and the item. The services return the plain `Connection<T>` of
 * common/paging.ts, which these classes describe.
 */
export function connectionType<TNode extends object>(
  Node: ClassType<TNode>,
  name: string,
  descriptions: { list: string; item: string },
) {
  @ObjectType(`${name}Edge`, { description: `${descriptions.item}, with its place in the list.` })
  class Edge {
    @Field(() => String, { description: "Opaque: pass it as after to read on from this item." })
    cursor!: string;
    @Field(() => Node, { description: `${descriptions.item}.` })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: descriptions.list })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page, in the list's order." })
    edges!: Edge[];
    @Field(() => PageInfo, { description: "Whether pages come before and after this one, and its cursors." })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: "How many items the whole list has, on every page." })
    totalCount!: number;
  }

  return Connection;
}
