import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat rank`: producers ranked by production, with the rank change against a compared month.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank producers by production in a month, with places gained or lost since a compared month.",
        discussion: """
            Examples:
              oilstat rank --month 2019-12 --compare-to 2019-11 --group opec --source "Reuters survey"
              oilstat rank --month 2024-02 --source JODI --unit kt
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument

    @Option(
        name: .customLong("compare-to"),
        help: ArgumentHelp("A month to compare ranks with (YYYY-MM).", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var compareTo: MonthArgument?

    func run() throws {
        let database = seriesOptions.reading(try databaseOptions.open())
        let months = [month.month] + (compareTo.map { [$0.month] } ?? [])
        let selection = try seriesOptions.selection(in: database, months: months)
        let ranking = try Ranking.compute(
            month: month.month, comparedTo: compareTo?.month, scope: seriesOptions.scope(in: database),
            selection: selection, database: database)
        let conversion = try UnitConversion.load(
            unit: unitOptions.unit, producers: ranking.entries.map(\.producer.id),
            preferredSource: selection.source.id, database: database)
        try outputOptions.emit(ranking.reportTable(conversion: conversion))
    }
}
