/** An example of your own endpoint; change it or replace it. */

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Type from "typebox";

const Query = Type.Object({ name: Type.String({ default: "world" }) });

const Greeting = Type.Object({ message: Type.String() });

export const hello: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/hello",
    {
      schema: {
        summary: "Say hello (an example learner endpoint)",
        querystring: Query,
        response: { 200: Greeting },
      },
    },
    async (request) => ({ message: `Hello, ${request.query.name}!` }),
  );
};
