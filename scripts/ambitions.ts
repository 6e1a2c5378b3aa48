// npm run ambitions -- <command> [arguments]: the product's command line. Each command lives in
// scripts/ambitions/<command>.ts and is listed in `commands` below; that is all adding one takes.
import { AppError } from "../lib/errors";
import { catalogue } from "./ambitions/catalogue";
import { exportReturn } from "./ambitions/export";
import { template } from "./ambitions/template";
import { score } from "./ambitions/score";
import { runMain, say } from "./run-main";

type Command = {
  /** Arguments after the command name, as shown in the usage line. */
  usage: string;
  summary: string;
  run(args: string[]): Promise<void>;
};

const commands: Record<string, Command> = { score, catalogue, template, export: exportReturn };

function usage(): string {
  const lines = Object.values(commands).map((command) => `  ambitions ${command.usage}\n      ${command.summary}`);
  return ["Usage: npm run --silent ambitions -- <command> ...", ...lines].join("\n");
}

runMain(async () => {
  const [name, ...args] = process.argv.slice(2);
  if (name === "help" || name === "--help" || name === "-h") {
    say(usage());
    return;
  }
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const known = Object.keys(commands).join(", ");
    throw new AppError("VALIDATION", name ? `Unknown command "${name}": the commands are ${known}.` : `Name a command: ${known}. Try "help".`);
  }
  await command.run(args);
});
