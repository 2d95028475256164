import ArgumentParser

@main
struct OilStat: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "oilstat", abstract: "Oil production statistics.")
}
