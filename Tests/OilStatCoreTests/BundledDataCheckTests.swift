import Foundation
import Testing

@testable import OilStatCore

/// The checks of `Data/` (sums, phases, duplicates, memberships, citations, vintages) and the corrections of issue 11,
/// each on the published figure of the page it cites. They read the CSV files themselves, so a broken file fails
/// here with the file, line and rule, not only as a load error.
struct BundledDataCheckTests {
    /// One CSV file of `Data/`: its header and its rows by column name, with the line each row starts on.
    struct Table {
        var name: String
        var header: [String]
        var rows: [(line: Int, fields: [String: String])]

        init(_ name: String) throws {
            self.name = name
            var reader = try CSVReader(contentsOf: TestSupport.dataDirectory.appendingPathComponent(name))
            let records = try reader.readAll()
            header = records.first?.fields ?? []
            var rows: [(line: Int, fields: [String: String])] = []
            for record in records.dropFirst() {
                #expect(record.fields.count == header.count, "\(name):\(record.line): \(record.fields.count) fields")
                rows.append((record.line, Dictionary(uniqueKeysWithValues: zip(header, record.fields))))
            }
            self.rows = rows
        }

        /// The rows whose `column` equals `value`.
        func rows(_ column: String, _ value: String) -> [[String: String]] {
            rows.map(\.fields).filter { $0[column] == value }
        }
    }

    static func month(_ text: String?) -> Month? { text.flatMap { Month($0) } }

    /// The latest-vintage row of `file` for `producer` in `month` (from `source` when given).
    static func figure(
        _ file: String, _ producer: String, _ month: String, source: String? = nil
    ) throws -> [String: String]? {
        try prints(file, producer, month, source: source).last
    }

    /// The earlier print of that figure: the row before its latest vintage (nil when it has one print only).
    static func firstPrint(
        _ file: String, _ producer: String, _ month: String, source: String? = nil
    ) throws -> [String: String]? {
        let all = try prints(file, producer, month, source: source)
        return all.count > 1 ? all.first : nil
    }

    private static func prints(
        _ file: String, _ producer: String, _ month: String, source: String?
    ) throws -> [[String: String]] {
        try Table(file).rows.map(\.fields).filter { row in
            guard row["producer"] == producer, row["month"] == month else { return false }
            return source.map { row["source"] == $0 } ?? true
        }
    }

    // MARK: - Files and keys

    @Test(arguments: [
        "producers.csv", "groups.csv", "group_memberships.csv", "sources.csv", "production.csv",
        "agreements.csv", "agreement_phases.csv", "agreement_quotas.csv",
    ])
    func everyFileHasItsHeaderAndWholeRows(name: String) throws {
        let table = try Table(name)
        #expect(!table.header.isEmpty)
        #expect(!table.rows.isEmpty, "\(name) has no rows")
    }

    @Test func theProductionFileHasTheVintageColumnsLast() throws {
        let production = try Table("production.csv")
        #expect(
            production.header == [
                "producer", "month", "value", "unit", "source", "product", "note", "vintage", "publication",
            ])
    }

    @Test func everyProducerNamedInDataIsKnown() throws {
        let codes = Set(try Table("producers.csv").rows.compactMap { $0.fields["code"] })
        for name in ["production.csv", "agreement_quotas.csv", "group_memberships.csv"] {
            for row in try Table(name).rows {
                let code = row.fields["producer"] ?? ""
                #expect(codes.contains(code), "\(name):\(row.line): unknown producer \(code)")
            }
        }
    }

    /// A figure (producer, month, product, source) appears once per vintage: an earlier print stands just before
    /// its revision, dated, earlier, and with another value.
    @Test func noFigureIsStoredTwiceAndEveryFirstPrintHasALaterRevision() throws {
        func key(_ row: [String: String]) -> String {
            ["producer", "month", "product", "source"].map { row[$0] ?? "" }.joined(separator: "|")
        }
        let rows = try Table("production.csv").rows
        var seen: [String: Int] = [:]
        var earlierPrints = 0
        for (index, row) in rows.enumerated() {
            let key = key(row.fields)
            if let line = seen[key] {
                let first = rows[index - 1].fields
                #expect(rows[index - 1].line == line, "production.csv:\(row.line): not next to line \(line)")
                #expect(first["value"] != row.fields["value"], "production.csv:\(row.line): same value as \(line)")
                let firstDay = first["vintage"] ?? ""
                let laterDay = row.fields["vintage"] ?? ""
                #expect(!firstDay.isEmpty && (laterDay.isEmpty || firstDay < laterDay), "production.csv:\(row.line)")
                earlierPrints += 1
            }
            seen[key] = row.line
        }
        // OPEC Feb 2017, Nigeria's Oct 2018 baseline, Russia Feb 2023, four Reuters figures of Mar 2023.
        #expect(earlierPrints == 7)
    }

    @Test func everyProductionRowNamesTheSourcePageItWasReadFrom() throws {
        for name in ["production.csv"] {
            for row in try Table(name).rows {
                let note = row.fields["note"] ?? ""
                // A page address, or the project's research notes (data-anchors) for the rows taken from them.
                let cited = note.contains("http") || note.contains("data-anchors") || note.contains("OpenBB")
                #expect(cited, "\(name):\(row.line): the note names no page")
                #expect(row.fields["unit"] == "kb/d", "\(name):\(row.line): unit")
                #expect(Double(row.fields["value"] ?? "") != nil, "\(name):\(row.line): value")
            }
        }
    }

    @Test func vintagesAreDatesAfterTheMonthTheyDescribe() throws {
        for name in ["production.csv"] {
            var dated = 0
            for row in try Table(name).rows {
                let vintage = row.fields["vintage"] ?? ""
                guard !vintage.isEmpty else { continue }
                dated += 1
                let parts = vintage.split(separator: "-").compactMap { Int($0) }
                #expect(
                    parts.count == 3 && (1...12).contains(parts[1]) && (1...31).contains(parts[2]),
                    "\(name):\(row.line)")
                #expect(
                    String(vintage.prefix(7)) >= (row.fields["month"] ?? ""), "\(name):\(row.line): published too early"
                )
                #expect(!(row.fields["publication"] ?? "").isEmpty, "\(name):\(row.line): vintage without publication")
            }
            #expect(dated > 0)
        }
    }

    @Test func everySourceUsedIsDeclaredAndEveryDeclaredSourceIsUsed() throws {
        let declared = Set(try Table("sources.csv").rows.compactMap { $0.fields["name"] })
        var used: Set<String> = []
        for name in ["production.csv"] {
            used.formUnion(try Table(name).rows.compactMap { $0.fields["source"] })
        }
        #expect(used == declared)
    }

    // MARK: - Memberships

    @Test func membershipsAreWellFormedAndDoNotOverlap() throws {
        let groups = Set(try Table("groups.csv").rows.compactMap { $0.fields["id"] })
        var spans: [String: [(from: Month, to: Month?, line: Int)]] = [:]
        for row in try Table("group_memberships.csv").rows {
            let group = row.fields["group"] ?? ""
            #expect(groups.contains(group), "group_memberships.csv:\(row.line): unknown group")
            let from = try #require(Self.month(row.fields["from"]), "group_memberships.csv:\(row.line): from")
            let toText = row.fields["to"] ?? ""
            let to = toText.isEmpty ? nil : Self.month(toText)
            #expect(toText.isEmpty || to != nil, "group_memberships.csv:\(row.line): to")
            if let to { #expect(from <= to, "group_memberships.csv:\(row.line): from after to") }
            spans["\(group)|\(row.fields["producer"] ?? "")", default: []].append((from, to, row.line))
        }
        for (key, list) in spans {
            let sorted = list.sorted { $0.from < $1.from }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.to.map { $0 < b.from } ?? false, "\(key): lines \(a.line) and \(b.line) overlap")
            }
        }
    }

    @Test func everyOPECMemberIsInOPECPlusEveryMonthFrom2017To2025() throws {
        let rows = try Table("group_memberships.csv").rows.map(\.fields)
        func members(_ group: String, _ month: Month) -> Set<String> {
            Set(
                rows.filter { row in
                    guard row["group"] == group, let from = Self.month(row["from"]), from <= month else { return false }
                    return Self.month(row["to"]).map { month <= $0 } ?? true
                }.compactMap { $0["producer"] })
        }
        var month = Month("2017-01")!
        while month <= Month("2025-12")! {
            #expect(members("opec", month).isSubset(of: members("opec+", month)), "\(month)")
            month = month.adding(1)
        }
        #expect(members("opec+", Month("2017-01")!).count == 24)
        #expect(members("opec", Month("2024-01")!).count == 12)
    }

    // MARK: - Agreements

    @Test func phasesLieInsideTheirAgreementCoverItAndDoNotOverlap() throws {
        let agreements = try Table("agreements.csv").rows.map(\.fields)
        let phases = try Table("agreement_phases.csv").rows
        for agreement in agreements {
            let id = agreement["id"] ?? ""
            let from = try #require(Self.month(agreement["from"]))
            let to = try #require(Self.month(agreement["to"]))
            let own = phases.filter { $0.fields["agreement"] == id }.map { row in
                (from: Self.month(row.fields["from"])!, to: Self.month(row.fields["to"])!, line: row.line)
            }.sorted { $0.from < $1.from }
            #expect(!own.isEmpty, "agreement \(id) has no phase")
            #expect(own.first?.from == from && own.last?.to == to, "phases of \(id) do not cover \(from)..\(to)")
            for phase in own { #expect(phase.from <= phase.to, "agreement_phases.csv:\(phase.line)") }
            for (a, b) in zip(own, own.dropFirst()) {
                #expect(a.to.adding(1) == b.from, "agreement_phases.csv:\(a.line)/\(b.line): gap or overlap in \(id)")
            }
        }
        let ids = Set(agreements.compactMap { $0["id"] })
        for row in phases { #expect(ids.contains(row.fields["agreement"] ?? ""), "agreement_phases.csv:\(row.line)") }
    }

    @Test func everyQuotaBelongsToAPhaseAndReferenceMinusCutIsRequired() throws {
        let phases = Set(
            try Table("agreement_phases.csv").rows.map { "\($0.fields["agreement"]!)|\($0.fields["phase"]!)" })
        var seen: Set<String> = []
        for row in try Table("agreement_quotas.csv").rows {
            let q = row.fields
            let phase = "\(q["agreement"]!)|\(q["phase"]!)"
            #expect(phases.contains(phase), "agreement_quotas.csv:\(row.line): unknown phase \(phase)")
            #expect(seen.insert("\(phase)|\(q["producer"]!)").inserted, "agreement_quotas.csv:\(row.line): twice")
            #expect(["OPEC", "non-OPEC"].contains(q["side"] ?? ""), "agreement_quotas.csv:\(row.line): side")
            let reference = Double(q["reference_kbd"] ?? "")
            let adjustment = Double(q["adjustment_kbd"] ?? "")
            let required = Double(q["required_kbd"] ?? "")
            if q["exempt"] == "1" {
                #expect(reference == nil && adjustment == nil && required == nil, "agreement_quotas.csv:\(row.line)")
            } else {
                #expect(required != nil || adjustment != nil, "agreement_quotas.csv:\(row.line): no numbers")
                if let reference, let adjustment, let required {
                    #expect(abs(reference + adjustment - required) < 0.5, "agreement_quotas.csv:\(row.line)")
                }
            }
            #expect(!(q["source"] ?? "").isEmpty, "agreement_quotas.csv:\(row.line): no source")
        }
    }

    /// A side's sums of the quota rows against the totals the cited page prints.
    struct PublishedSum: Sendable, CustomTestStringConvertible {
        var agreement: String
        var phase: String
        var side: String?
        var reference: Double?
        var adjustment: Double
        var required: Double?
        /// Whether the phase's `total_adjustment_kbd` is this side's total.
        var isPhaseTotal: Bool
        var tolerance: Double = 0
        var page: String
        var testDescription: String { "\(agreement) \(phase) \(side ?? "all")" }
    }

    static let publishedSums: [PublishedSum] = [
        // https://uk.reuters.com/article/opec-oil/table-opec-oil-output-falls-by-300000-bpd-in-november-reuters-survey-idUKL8N1O433T
        PublishedSum(
            agreement: "opec-2016-12", phase: "main", side: "OPEC", reference: 30_968, adjustment: -1_164,
            required: 29_804, isPhaseTotal: true, page: "uk.reuters.com idUKL8N1O433T (TOTAL OPEC 11)"),
        PublishedSum(
            agreement: "opecplus-2018-12", phase: "2019-01", side: "OPEC", reference: 26_749, adjustment: -812,
            required: 25_937, isPhaseTotal: true,
            page:
                "https://business.financialpost.com/pmn/business-pmn/opec-oil-output-falls-by-280000-bpd-in-july-reuters-survey"
        ),
        PublishedSum(
            agreement: "opecplus-2018-12", phase: "2019-10", side: "OPEC", reference: 26_840, adjustment: -814,
            required: 26_026, isPhaseTotal: true,
            page:
                "https://business.financialpost.com/pmn/business-pmn/opec-oil-output-falls-by-110000-bpd-in-november-reuters-survey"
        ),
        PublishedSum(
            agreement: "opecplus-2019-12", phase: "main", side: "OPEC", reference: 26_316, adjustment: -1_170,
            required: 25_146, isPhaseTotal: false,
            page:
                "https://business.financialpost.com/pmn/business-pmn/opec-oil-output-plunges-by-640000-bpd-in-january-reuters-survey"
        ),
        PublishedSum(
            agreement: "opecplus-2020-04", phase: "2020-05", side: nil, reference: 43_853, adjustment: -9_700,
            required: nil, isPhaseTotal: true,
            page: "https://www.deccanherald.com/business/opec-and-its-record-output-cut-by-country-825057.html"),
        PublishedSum(
            agreement: "opecplus-2020-04", phase: "2020-05", side: "OPEC", reference: 26_683, adjustment: -6_085,
            required: nil, isPhaseTotal: false, tolerance: 1,
            page: "https://www.deccanherald.com/business/opec-and-its-record-output-cut-by-country-825057.html"),
        PublishedSum(
            agreement: "opecplus-2020-04", phase: "2020-05", side: "non-OPEC", reference: 17_170, adjustment: -3_615,
            required: nil, isPhaseTotal: false, tolerance: 1,
            page: "https://www.deccanherald.com/business/opec-and-its-record-output-cut-by-country-825057.html"),
        PublishedSum(
            agreement: "opecplus-2020-04", phase: "2020-08", side: "OPEC", reference: 26_683, adjustment: -4_868,
            required: 21_815, isPhaseTotal: false,
            page:
                "https://www.dailymail.co.uk/wires/reuters/article-8897599/TABLE-OPEC-oil-output-rises-210-000-bpd-October-survey.html"
        ),
        PublishedSum(
            agreement: "opecplus-2020-04", phase: "2021-05", side: "OPEC", reference: 26_683, adjustment: -4_287,
            required: 22_396, isPhaseTotal: false,
            page:
                "https://www.dailymail.co.uk/wires/reuters/article-9636977/OPEC-oil-output-rises-280-000-bpd-May-survey.html"
        ),
        PublishedSum(
            agreement: "opecplus-2022-10", phase: "2022-11", side: "OPEC", reference: 26_689, adjustment: -1_273,
            required: 25_416, isPhaseTotal: false,
            page:
                "https://barbadosgazette.com/opec-opec-agree-to-slash-production-by-2000000-barrels-per-day-loop-barbados/"
        ),
        PublishedSum(
            agreement: "opecplus-2022-10", phase: "2023-08", side: "OPEC", reference: 26_689, adjustment: -3_332,
            required: 23_357, isPhaseTotal: false,
            page:
                "https://www.dailymail.co.uk/wires/reuters/article-12466013/TABLE-OPEC-oil-output-rises-220-000-bpd-August--Reuters-survey.html"
        ),
        PublishedSum(
            agreement: "opecplus-2022-10", phase: "2023-09", side: "OPEC", reference: 26_689, adjustment: -3_312,
            required: 23_377, isPhaseTotal: false,
            page:
                "https://www.dailymail.co.uk/wires/reuters/article-12930239/TABLE-OPEC-December-oil-output-rises-70-000-bpd--Reuters-survey.html"
        ),
    ]

    @Test(arguments: publishedSums)
    func quotaRowsSumToThePublishedTotals(sum: PublishedSum) throws {
        let quotas = try Table("agreement_quotas.csv").rows.map(\.fields).filter {
            $0["agreement"] == sum.agreement && $0["phase"] == sum.phase && $0["exempt"] != "1"
                && (sum.side == nil || $0["side"] == sum.side)
        }
        #expect(!quotas.isEmpty)
        func total(_ column: String) -> Double { quotas.reduce(0) { $0 + (Double($1[column] ?? "") ?? 0) } }
        if let reference = sum.reference { #expect(abs(total("reference_kbd") - reference) <= sum.tolerance) }
        #expect(abs(total("adjustment_kbd") - sum.adjustment) <= sum.tolerance, "\(sum.page)")
        if let required = sum.required { #expect(abs(total("required_kbd") - required) <= sum.tolerance) }
        if sum.isPhaseTotal {
            let phase = try #require(
                try Table("agreement_phases.csv").rows("phase", sum.phase).first {
                    $0["agreement"] == sum.agreement
                })
            #expect(Double(phase["total_adjustment_kbd"] ?? "") == sum.adjustment)
        }
    }

    // MARK: - The corrections of issue 11, on the published figures

    /// The phase of `agreement` in force in `month`.
    func phase(_ agreement: String, _ month: String) throws -> [String: String] {
        let month = Month(month)!
        return try #require(
            try Table("agreement_phases.csv").rows("agreement", agreement).first {
                Self.month($0["from"])! <= month && month <= Self.month($0["to"])!
            })
    }

    /// The quota row of `producer` in the phase of `agreement` in force in `month`.
    func quota(_ agreement: String, _ month: String, _ producer: String) throws -> [String: String] {
        let phase = try phase(agreement, month)["phase"]
        return try #require(
            try Table("agreement_quotas.csv").rows("agreement", agreement).first {
                $0["phase"] == phase && $0["producer"] == producer
            })
    }

    /// Correction 1: Reuters' tables of May-Sep 2019 print Nigeria 1.738 / 53,000 / 1.685 and OPEC-11 812,000
    /// (https://business.financialpost.com/pmn/business-pmn/opec-oil-output-falls-by-280000-bpd-in-july-reuters-survey);
    /// from the Nov 2019 table on, 1.829 / 55,000 / 1.774 and 814,000, whose "October compliance was 135%" only the
    /// revised set gives: (26.84 − 25.743) / 0.814 = 135%, against (26.749 − 25.743) / 0.812 = 124%
    /// (https://business.financialpost.com/pmn/business-pmn/opec-oil-output-falls-by-110000-bpd-in-november-reuters-survey).
    @Test func correction1NigeriaDecember2018QuotaFollowsTheTableInForce() throws {
        for month in ["2019-01", "2019-07", "2019-09"] {
            let nigeria = try quota("opecplus-2018-12", month, "NG")
            #expect(nigeria["reference_kbd"] == "1738" && nigeria["required_kbd"] == "1685", "\(month)")
            #expect(try phase("opecplus-2018-12", month)["total_adjustment_kbd"] == "-812")
        }
        for month in ["2019-10", "2019-11", "2020-03"] {
            let nigeria = try quota("opecplus-2018-12", month, "NG")
            #expect(nigeria["reference_kbd"] == "1829" && nigeria["required_kbd"] == "1774", "\(month)")
            #expect(try phase("opecplus-2018-12", month)["total_adjustment_kbd"] == "-814")
        }
        let octoberOutput = 25_743.0
        #expect(((26_840 - octoberOutput) / 814 * 100).rounded() == 135)
        #expect(((26_749 - octoberOutput) / 812 * 100).rounded() == 124)
    }

    /// Correction 2: MOMR Mar 2017 first printed February 2017 at 31.96 mb/d
    /// (http://www.cnbc.com/2017/03/14/opecs-oil-production-ticks-down-in-february-as-saudis-cut-output-more-deeply.html);
    /// MOMR Apr 2017 put March at 31.928, down 153, so February as revised was 32,081
    /// (https://seekingalpha.com/article/4062121-opec-cuts-output-153000-barrels-march-bringing-compliance-104-percent).
    @Test func correction2OPECFebruary2017IsStoredAsFirstPrintAndRevision() throws {
        let momr = "OPEC MOMR secondary sources"
        let latest = try #require(try Self.figure("production.csv", "OPEC", "2017-02", source: momr))
        let march = try #require(try Self.figure("production.csv", "OPEC", "2017-03", source: momr))
        let marchValue = try #require(Double(march["value"] ?? ""))
        #expect(latest["value"] == "32081" && marchValue + 153 == 32_081)
        #expect(latest["vintage"] == "2017-04-12" && latest["publication"] == "OPEC MOMR April 2017")
        let first = try #require(try Self.firstPrint("production.csv", "OPEC", "2017-02", source: momr))
        #expect(first["value"] == "31960" && first["vintage"] == "2017-03-14")
        let database = try TestSupport.bundledDatabase()
        let source = try database.source(named: "OPEC MOMR secondary sources")
        let values = try database.values(
            month: Month("2017-02")!, source: source.id, product: Product.crude.id, flow: Flow.production.id,
            unit: UnitCode.kbd.id)
        #expect(values[try database.producer(matching: "OPEC").id] == 32_081)
    }

    /// Correction 3: the October 2018 level used as Nigeria's Dec 2018 baseline was 1.738 (Jul 2019 table above);
    /// 1.829 is the revised baseline of the Nov 2019 table.
    @Test func correction3NigeriaOctober2018IsLabelledAsTheRevisedBaseline() throws {
        let latest = try #require(try Self.figure("production.csv", "NG", "2018-10"))
        #expect(latest["value"] == "1829" && latest["note"]!.contains("REVISED"))
        #expect(latest["vintage"] == "2019-11-29")
        let first = try #require(try Self.firstPrint("production.csv", "NG", "2018-10"))
        #expect(first["value"] == "1738" && first["vintage"] == "2019-07-31")
    }

    /// Correction 4: 9.7 mb/d through July 2020 (https://businessday.ng/energy/oilandgas/article/opec-russia-agrees-to-extend-record-oil-cuts-push-for-compliance/),
    /// 7.7 mb/d from 1 August (Reuters Oct 2020 table), 7.2 mb/d in January 2021
    /// (http://www.novojornal.co.ao/economia/interior/opep--chega-finalmente-a-acordo-sobre-cortes-na-producao-de-petroleo-em-2021-e-mercados-ja-reagiram-97869.html),
    /// 7.125 and 7.05 in February and March 2021
    /// (https://www.noticiasaominuto.com/economia/1659171/opep-decide-ligeiro-aumento-da-producao-em-fevereiro-e-marco),
    /// then monthly adjustments through 2022.
    @Test(arguments: [
        ("2020-06", "-9700"), ("2020-07", "-9700"), ("2020-08", "-7700"), ("2020-12", "-7700"), ("2021-01", "-7200"),
        ("2021-02", "-7125"), ("2021-03", "-7050"), ("2021-07", "-5800"),
    ])
    func correction4April2020PhasesAsInForce(month: String, total: String) throws {
        #expect(try phase("opecplus-2020-04", month)["total_adjustment_kbd"] == total)
    }

    @Test func correction4April2020AgreementRunsUntilTheOctober2022CutWithAPhaseAMonth() throws {
        let agreement = try #require(try Table("agreements.csv").rows("id", "opecplus-2020-04").first)
        #expect(agreement["to"] == "2022-10")
        let monthly = try Table("agreement_phases.csv").rows("agreement", "opecplus-2020-04").filter {
            $0["from"] == $0["to"] && $0["from"]! >= "2021-08"
        }
        #expect(monthly.count == 15)
    }

    /// Correction 5: the Jan 2020 table prints every OPEC-10 member's total pledged cut and implied target
    /// (e.g. Iraq 191,000 → 4.462, UAE 156,000 → 3.012), the Oct 2020 table every member's cut from 1 August
    /// (e.g. Saudi Arabia 2,007,000 → 8,993,000, Iraq 849,000 → 3,804,000).
    @Test(arguments: [
        ("opecplus-2019-12", "2020-01", "IQ", "-191", "4462"), ("opecplus-2019-12", "2020-01", "AE", "-156", "3012"),
        ("opecplus-2020-04", "2020-10", "SA", "-2007", "8993"), ("opecplus-2020-04", "2020-10", "IQ", "-849", "3804"),
    ])
    func correction5January2020AndOctober2020QuotasAreStored(
        agreement: String, month: String, producer: String, cut: String, required: String
    ) throws {
        let row = try quota(agreement, month, producer)
        #expect(row["adjustment_kbd"] == cut && row["required_kbd"] == required)
    }

    /// Correction 6: series whose definition changes say so where it happens; JODI CRUDEOIL includes lease
    /// condensate.
    @Test func correction6DefinitionChangesAreNotedWhereTheyHappen() throws {
        for (month, left) in [("2016-11", "Indonesia"), ("2018-11", "Qatar")] {
            let row = try #require(
                try Self.figure("production.csv", "OPEC", month, source: "OPEC MOMR secondary sources"))
            let note = row["note"] ?? ""
            #expect(note.contains("DEFINITION CHANGE") && note.contains(left))
        }
        let readme = try String(
            contentsOf: TestSupport.dataDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(!readme.contains("`CRUDEOIL` (crude only)"))
        #expect(readme.contains("JODI's `CRUDEOIL` includes lease condensate"))
    }
}
