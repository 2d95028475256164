import Foundation

/// Checks agreements, phases and quotas read in the layout of `Data/` before anything is stored: the one set of
/// rules for the bundled agreements (at every bundled load) and for the files `oilstat agreements load` reads.
///
/// The rules:
/// - agreements: an id of letters, digits and `- _ . +`, given once; a name; `from` and `to` months
///   (`YYYY-MM`, 1900-01...2200-12) with `to` not before `from`; at least one phase;
/// - phases: of an agreement of the same files, given once; inside the agreement's period; not overlapping
///   another phase of the agreement (gaps are allowed); a total adjustment within ±200,000 kb/d;
/// - quotas: of a phase of the same files, once per producer; the producer a known country (code, alpha-3, name
///   or alias; a typo gets suggestions); side `OPEC` or `non-OPEC`; reference and required production within
///   0...50,000 kb/d and an adjustment within ±50,000 kb/d (``FigureBounds/countryKBD``); reference + adjustment =
///   required within ±1 kb/d (``AgreementValidator/roundingToleranceKBD``) where all three are given; `exempt` 0 or 1.
///
/// Every problem is one ``OilStatError`` naming the file, line and column: `FILE:LINE: column N (NAME): what is
/// wrong`; the first in file order (agreements, then phases, then quotas) is thrown.
public struct AgreementValidator {
    /// The producer a quota's `producer` text names; throws ``OilStatError`` (with suggestions) when none does.
    public let producer: (String) throws -> Producer

    /// How far reference + adjustment may be from the required production, kb/d: published tables round each
    /// figure on its own.
    public static let roundingToleranceKBD = 1.0

    /// The longest agreement id.
    public static let maximumIDLength = 64

    /// A validator that looks producers up with `producer`, e.g. `OilStatDatabase.producer(matching:)`.
    public init(producer: @escaping (String) throws -> Producer) {
        self.producer = producer
    }

    /// The agreements of `tables` with their phases and quotas, checked.
    ///
    /// - Throws: ``OilStatError`` for the first problem, as `FILE:LINE: column N (NAME): what is wrong`.
    public func validate(_ tables: AgreementLoader.Tables) throws -> [Checked] {
        guard let agreements = tables.agreements else {
            throw OilStatError(message: "no agreements table (agreements.csv) to validate")
        }
        var checked: [Checked] = []
        var position: [String: Int] = [:]
        for record in agreements.records {
            let entry = try agreement(record, of: agreements)
            if let first = position[entry.agreement.id.lowercased()] {
                throw agreements.error(
                    line: record.line, "id",
                    "duplicate agreement id \(InputText.quoted(entry.agreement.id)) "
                        + "(also on line \(checked[first].line))"
                )
            }
            position[entry.agreement.id.lowercased()] = checked.count
            checked.append(entry)
        }
        func owner(_ record: CSVReader.Record, of table: AgreementLoader.Table) throws -> Int {
            let text = try required(record, "agreement", of: table)
            if let index = position[text.lowercased()] { return index }
            let suggestions = NameSuggester.closest(to: text, among: checked.map(\.agreement.id))
            let hint =
                suggestions.isEmpty
                ? "" : " (did you mean \(suggestions.map { InputText.quoted($0) }.joined(separator: ", "))?)"
            throw table.error(
                line: record.line, "agreement",
                "unknown agreement \(InputText.quoted(text))\(hint): phases and quotas belong to an agreement of "
                    + agreements.file)
        }
        if let phases = tables.phases {
            var lines: [String: Int] = [:]
            for record in phases.records {
                let index = try owner(record, of: phases)
                let phase = try self.phase(record, of: phases, in: checked[index], lines: lines)
                lines[phase.agreementId.lowercased() + "\u{0}" + phase.phase] = record.line
                checked[index].phases.append(phase)
            }
        }
        for entry in checked where entry.phases.isEmpty {
            let phasesFile = tables.phases?.file ?? "no phases table (agreement_phases.csv) was given"
            throw agreements.error(
                line: entry.line, "id",
                "agreement \(InputText.quoted(entry.agreement.id)) has no phase (\(phasesFile))")
        }
        if let quotas = tables.quotas {
            var lines: [String: Int] = [:]
            for record in quotas.records {
                let index = try owner(record, of: quotas)
                let quota = try self.quota(record, of: quotas, in: checked[index], lines: lines)
                lines["\(quota.agreementId.lowercased())\u{0}\(quota.phase)\u{0}\(quota.producerId)"] = record.line
                checked[index].quotas.append(quota)
            }
        }
        return checked
    }

    // MARK: - Rows

    private func agreement(_ record: CSVReader.Record, of table: AgreementLoader.Table) throws -> Checked {
        let id = try required(record, "id", of: table)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.+"))
        guard id.count <= Self.maximumIDLength, id.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) })
        else {
            throw table.error(
                line: record.line, "id",
                "\(InputText.quoted(id)) is not an agreement id (ASCII letters, digits and - _ . +, "
                    + "at most \(Self.maximumIDLength))")
        }
        let name = try required(record, "name", of: table)
        let (from, to) = try period(record, of: table)
        let source = table.text(record, "source")
        if source.hasPrefix(AgreementOrigin.prefix) {
            throw table.error(
                line: record.line, "source",
                "must not start with \(InputText.quoted(AgreementOrigin.prefix)), "
                    + "which marks a loaded agreement's origin"
            )
        }
        let agreement = Agreement(
            id: id, name: name, fromMonth: from.description, toMonth: to.description,
            description: table.text(record, "description"), source: source)
        return Checked(agreement: agreement, phases: [], quotas: [], table: table, line: record.line)
    }

    private func phase(
        _ record: CSVReader.Record, of table: AgreementLoader.Table, in entry: Checked, lines: [String: Int]
    ) throws -> AgreementPhase {
        let agreement = entry.agreement
        let name = try required(record, "phase", of: table)
        if let first = lines[agreement.id.lowercased() + "\u{0}" + name] {
            throw table.error(
                line: record.line, "phase",
                "duplicate phase \(InputText.quoted(name)) of \(agreement.id) (also on line \(first))")
        }
        let (from, to) = try period(record, of: table)
        if from.description < agreement.fromMonth {
            throw table.error(
                line: record.line, "from",
                "the phase starts in \(from), before its agreement \(agreement.id) (\(agreement.fromMonth)..."
                    + "\(agreement.toMonth), \(entry.table.file) line \(entry.line))")
        }
        if to.description > agreement.toMonth {
            throw table.error(
                line: record.line, "to",
                "the phase ends in \(to), after its agreement \(agreement.id) (\(agreement.fromMonth)..."
                    + "\(agreement.toMonth), \(entry.table.file) line \(entry.line))")
        }
        if let other = entry.phases.first(where: { $0.fromMonth <= to.description && from.description <= $0.toMonth }) {
            let line = lines[agreement.id.lowercased() + "\u{0}" + other.phase].map { ", line \($0)" } ?? ""
            throw table.error(
                line: record.line, "from",
                "phase \(name) (\(from)...\(to)) overlaps phase \(other.phase) of \(agreement.id) "
                    + "(\(other.fromMonth)...\(other.toMonth)\(line))")
        }
        let groupLimit = FigureBounds.countryKBD * FigureBounds.aggregateScale
        return AgreementPhase(
            agreementId: agreement.id, phase: name, fromMonth: from.description, toMonth: to.description,
            totalAdjustmentKBD: try number(
                record, "total_adjustment_kbd", of: table, range: -groupLimit...groupLimit,
                what: "a group's total adjustment"),
            note: table.text(record, "note"))
    }

    private func quota(
        _ record: CSVReader.Record, of table: AgreementLoader.Table, in entry: Checked, lines: [String: Int]
    ) throws -> AgreementQuota {
        let agreement = entry.agreement
        let phaseName = try required(record, "phase", of: table)
        guard entry.phases.contains(where: { $0.phase == phaseName }) else {
            throw table.error(
                line: record.line, "phase",
                "unknown phase \(InputText.quoted(phaseName)) of \(agreement.id) (its phases: "
                    + entry.phases.map(\.phase).joined(separator: ", ") + ")")
        }
        let producerText = try required(record, "producer", of: table)
        let producer: Producer
        do { producer = try self.producer(producerText) } catch let error as OilStatError {
            throw table.error(line: record.line, "producer", error.message)
        }
        guard producer.kind == ProducerKind.country.rawValue else {
            throw table.error(
                line: record.line, "producer",
                "\(InputText.quoted(producerText)) is a total (\(producer.name)), not a country")
        }
        if let first = lines["\(agreement.id.lowercased())\u{0}\(phaseName)\u{0}\(producer.id)"] {
            throw table.error(
                line: record.line, "producer",
                "a second quota for \(producer.name) (\(producer.code)) in phase \(phaseName) of \(agreement.id) "
                    + "(the first is on line \(first))")
        }
        let sideText = try required(record, "side", of: table)
        guard let side = AgreementSide.allCases.first(where: { $0.rawValue.lowercased() == sideText.lowercased() })
        else {
            throw table.error(
                line: record.line, "side", "\(InputText.quoted(sideText)) is not a side (OPEC or non-OPEC)")
        }
        let country = FigureBounds.countryKBD
        let reference = try number(
            record, "reference_kbd", of: table, range: 0...country, what: "one country's production")
        let adjustment = try number(
            record, "adjustment_kbd", of: table, range: -country...country, what: "one country's adjustment")
        let required = try number(
            record, "required_kbd", of: table, range: 0...country, what: "one country's production")
        if let reference, let adjustment, let required,
            abs(reference + adjustment - required) > Self.roundingToleranceKBD + 1e-9
        {
            func text(_ value: Double) -> String {
                NumberText.grouped(value, decimals: value.rounded() == value ? 0 : 1)
            }
            throw table.error(
                line: record.line, "required_kbd",
                "reference \(text(reference)) + adjustment \(text(adjustment)) = \(text(reference + adjustment)), "
                    + "not \(text(required)) (more than ±\(Int(Self.roundingToleranceKBD)) kb/d apart)")
        }
        return AgreementQuota(
            agreementId: agreement.id, phase: phaseName, producerId: producer.id, side: side.rawValue,
            referenceMonth: try month(record, "reference_month", of: table, required: false)?.description,
            referenceKBD: reference, adjustmentKBD: adjustment, requiredKBD: required,
            exempt: try exempt(record, of: table), note: table.text(record, "note"),
            source: table.text(record, "source"))
    }

    // MARK: - Fields

    /// The text of `column`, which must not be empty.
    private func required(_ record: CSVReader.Record, _ column: String, of table: AgreementLoader.Table) throws
        -> String
    {
        let text = table.text(record, column)
        if text.isEmpty { throw table.error(line: record.line, column, "empty") }
        return text
    }

    /// The `from` and `to` months of a row, `to` not before `from`.
    private func period(_ record: CSVReader.Record, of table: AgreementLoader.Table) throws -> (Month, Month) {
        let from = try month(record, "from", of: table, required: true)!
        let to = try month(record, "to", of: table, required: true)!
        if to < from {
            throw table.error(line: record.line, "to", "\(to) is before the first month, \(from)")
        }
        return (from, to)
    }

    private func month(
        _ record: CSVReader.Record, _ column: String, of table: AgreementLoader.Table, required: Bool
    ) throws -> Month? {
        let text = table.text(record, column)
        if text.isEmpty {
            if required { throw table.error(line: record.line, column, "empty (a month, YYYY-MM)") }
            return nil
        }
        do { return try Month(parsing: text, formats: .dashed) } catch {
            throw table.error(line: record.line, column, error.description)
        }
    }

    /// The number in `column` (nil when missing: empty, `-`, `..`...), within `range` kb/d.
    private func number(
        _ record: CSVReader.Record, _ column: String, of table: AgreementLoader.Table, range: ClosedRange<Double>,
        what: String
    ) throws -> Double? {
        let text = table.text(record, column)
        if MissingValuePolicy.longCSV.isMissing(text) { return nil }
        guard let value = NumberParser.parse(text) else {
            throw table.error(line: record.line, column, "\(InputText.quoted(text)) is not a number")
        }
        guard range.contains(value) else {
            throw table.error(
                line: record.line, column,
                "\(InputText.quoted(text)) kb/d is outside \(NumberText.grouped(range.lowerBound))..."
                    + "\(NumberText.grouped(range.upperBound)) kb/d (\(what))")
        }
        return value
    }

    private func exempt(_ record: CSVReader.Record, of table: AgreementLoader.Table) throws -> Bool {
        let text = table.text(record, "exempt").lowercased()
        if ["", "0", "false", "no"].contains(text) { return false }
        if ["1", "true", "yes"].contains(text) { return true }
        throw table.error(
            line: record.line, "exempt", "\(InputText.quoted(text)) is not 0 or 1 (or true/false, yes/no)")
    }
}
