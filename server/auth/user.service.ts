import type { DataSource } from "typeorm";
import { User } from "./user.entity.ts";

export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  byId(id: number): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }
}
