// mesh: the mesh's command line. Each subcommand lives in its own file; this table routes to them.
import Foundation
import MeshInterop

/// A subcommand: its name, a line of help, and what runs it (arguments after the name; exit status).
struct Subcommand {
  let name: String
  let summary: String
  let run: ([String]) async -> Int32
}

let subcommands: [Subcommand] = [
  Subcommand(name: "up", summary: "run the mesh on this machine (embedded defaults)", run: UpCommand.run),
  Subcommand(name: "gen", summary: "regenerate the stubs from Protos/ (--check: fail if stale)", run: GenCommand.run),
  Subcommand(name: "db", summary: "start, stop, migrate or show the embedded PostgreSQL", run: DatabaseCommand.run),
  Subcommand(name: "nlu", summary: "classify, train, evaluate and benchmark intent models", run: NLUCommand.run),
  Subcommand(name: "serve", summary: "run one service of the assistant alone (chat, nlu, processor, ...)", run: ServeCommand.run),
  Subcommand(name: "pii", summary: "detect and redact personal data; evaluate the detector", run: PIICommand.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let command = subcommands.first(where: { $0.name == name }) else {
  Console.out("usage: mesh COMMAND [ARGS]\n")
  for command in subcommands { Console.out("  \(command.name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(command.summary)") }
  exit(arguments.isEmpty || arguments.first == "help" || arguments.first == "--help" ? 0 : 2)
}
exit(await command.run(Array(arguments.dropFirst())))
