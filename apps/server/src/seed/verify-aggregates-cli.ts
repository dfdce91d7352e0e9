import { aggregatesCli } from "./aggregates-cli.js";

process.exitCode = await aggregatesCli("verify");
