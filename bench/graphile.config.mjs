// PostGraphile 5 over the Newsgraph tables (bench/run.sh): the Amber preset, no extras, public schema only.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

export default {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { port: Number(process.env.PORT ?? 55080), host: "127.0.0.1", graphqlPath: "/graphql" },
  grafast: { explain: false },
};
