export * from "./_sealed_tokens.ts";
