import { expect, it } from "vitest";
import { testApp } from "../factories.ts";

it("greets by name", async () => {
  const { app } = await testApp();

  const response = await app.inject({ url: "/custom/hello", query: { name: "Ada" } });

  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({ message: "Hello, Ada!" });
});

it("greets the world by default", async () => {
  const { app } = await testApp();

  const response = await app.inject({ url: "/custom/hello" });

  expect(response.json()).toEqual({ message: "Hello, world!" });
});
