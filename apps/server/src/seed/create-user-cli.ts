import { createUserCli } from "./cli.js";

process.exitCode = await createUserCli(process.argv.slice(2));
