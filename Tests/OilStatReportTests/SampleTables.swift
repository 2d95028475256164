import OilStatReport

/// Small, realistic inputs shared by the renderer, chart and report tests.
enum SampleTables {
    /// Three producers with one missing cell, a negative change and a totals row.
    static let production = ReportTable(
        title: "Crude oil production, March 2024",
        columns: [
            ReportColumn(key: "producer", heading: "Producer"),
            ReportColumn(key: "code", heading: "Code"),
            ReportColumn(key: "kbd", heading: "Output kb/d"),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
            ReportColumn(key: "change_kbd", heading: "Change kb/d", decimals: 0, signed: true),
        ],
        rows: [
            ["Saudi Arabia", "SA", 10_700, 31.94, -50],
            ["Russia", "RU", 11_400, 34.03, .missing],
            ["United States", "US", 11_400, 34.03, 120],
        ],
        totals: ["Total", "", 33_500, 100, 70],
        notes: ["Unit: thousand barrels a day (kb/d).", "Source: secondary sources; .. = not available."]
    )

    /// Monthly output of three producers, October 2018 to September 2019, with one month missing for Russia.
    static let lineChart = LineChart(
        title: "Crude oil production: Saudi Arabia, Russia & United States",
        yAxisLabel: "Production (kb/d)",
        xLabels: [
            "2018-10", "2018-11", "2018-12", "2019-01", "2019-02", "2019-03",
            "2019-04", "2019-05", "2019-06", "2019-07", "2019-08", "2019-09",
        ],
        series: [
            .init(
                name: "Saudi Arabia",
                values: [10_650, 11_100, 10_640, 10_240, 10_130, 9_800, 9_740, 9_690, 9_810, 9_640, 9_780, 8_560]),
            .init(
                name: "Russia",
                values: [11_410, 11_370, 11_450, 11_380, 11_330, nil, 11_230, 11_110, 11_150, 11_290, 11_280, 11_250]),
            .init(
                name: "United States",
                values: [
                    11_540, 11_900, 11_960, 11_870, 11_670, 11_910, 12_160, 12_150, 12_100, 11_820, 12_380, 12_460,
                ]),
        ],
        source:
            "Source: OPEC MOMR (secondary sources) for Saudi Arabia and Russia; EIA for the United States. No figure for Russia in March 2019."
    )

    /// Conformity with production cuts, with a negative value, a missing one, a long label and a reference line.
    static let barChart = BarChart(
        title: "Conformity with OPEC+ cuts, May 2019",
        valueLabel: "Conformity (%)",
        bars: [
            .init(label: "Saudi Arabia", value: 245),
            .init(label: "Kuwait", value: 130),
            .init(label: "Russia", value: 95),
            .init(label: "Iraq", value: 52),
            .init(label: "Republic of the Congo (Brazzaville)", value: 18),
            .init(label: "Kazakhstan", value: -20),
            .init(label: "Nigeria", value: nil),
        ],
        referenceLine: .init(value: 100, label: "Full conformity"),
        source: "Source: secondary sources; conformity = achieved cut ÷ pledged cut. Nigeria: no figure."
    )
}
