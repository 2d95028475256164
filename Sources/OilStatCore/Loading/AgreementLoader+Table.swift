extension AgreementLoader {
    /// The three tables of the agreement layout (the layout of `Data/`), told apart by their headers.
    public enum TableKind: String, CaseIterable, Sendable {
        /// `agreements.csv`: `id,name,from,to[,description][,source]`.
        case agreements
        /// `agreement_phases.csv`: `agreement,phase,from,to[,total_adjustment_kbd][,note]`.
        case phases
        /// `agreement_quotas.csv`: `agreement,phase,producer,side,[reference_month,]reference_kbd,adjustment_kbd,`
        /// `required_kbd[,exempt][,note][,source]`.
        case quotas

        /// The file name the table has in `Data/` and in a folder given to `agreements load`.
        public var fileName: String {
            switch self {
            case .agreements: return "agreements.csv"
            case .phases: return "agreement_phases.csv"
            case .quotas: return "agreement_quotas.csv"
            }
        }

        /// The columns the header must name.
        public var requiredColumns: [String] {
            switch self {
            case .agreements: return ["id", "name", "from", "to"]
            case .phases: return ["agreement", "phase", "from", "to"]
            case .quotas:
                return ["agreement", "phase", "producer", "side", "reference_kbd", "adjustment_kbd", "required_kbd"]
            }
        }

        /// The columns read when present; others are ignored.
        public var optionalColumns: [String] {
            switch self {
            case .agreements: return ["description", "source"]
            case .phases: return ["total_adjustment_kbd", "note"]
            case .quotas: return ["reference_month", "exempt", "note", "source"]
            }
        }

        /// The kind whose header `columns` (lower case) is: a quota table names a producer or a side, a phase
        /// table an agreement or a phase, an agreements table an id or a name.
        static func recognising(_ columns: Set<String>) -> TableKind? {
            if !columns.isDisjoint(with: ["producer", "side", "reference_kbd", "adjustment_kbd", "required_kbd"]) {
                return .quotas
            }
            if !columns.isDisjoint(with: ["agreement", "phase", "total_adjustment_kbd"]) { return .phases }
            if !columns.isDisjoint(with: ["id", "name"]) { return .agreements }
            return nil
        }
    }

    /// One table read from a CSV file: its kind, its header and its records, each with the line it starts on.
    public struct Table: Sendable {
        public let kind: TableKind
        /// The file, as error messages name it.
        public let file: String
        /// The header's names as written (spaces trimmed), for `column N (NAME)` in messages.
        let columnNames: [String]
        /// The 0-based index of each column, by lower-case name (the first, when a name repeats).
        let columns: [String: Int]
        /// The records after the header.
        public let records: [CSVReader.Record]

        /// The trimmed text of `column` in `record` (empty when the record is short or the column optional).
        func text(_ record: CSVReader.Record, _ column: String) -> String {
            guard let index = columns[column], index < record.fields.count else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespaces)
        }

        /// The `column N (NAME)` label of `column`, or its name when the header lacks it.
        func label(_ column: String) -> String {
            guard let index = columns[column] else { return column }
            return "column \(index + 1) (\(columnNames[index]))"
        }

        /// Bad input at `line` in `column`: `FILE:LINE: column N (NAME): message`.
        func error(line: Int, _ column: String, _ message: String) -> OilStatError {
            OilStatError(file: file, line: line, field: label(column), message: message)
        }
    }

    /// The tables read from the files given: an agreements table, and the phases and quotas that go with it.
    public struct Tables: Sendable {
        public var agreements: Table?
        public var phases: Table?
        public var quotas: Table?

        public init(agreements: Table? = nil, phases: Table? = nil, quotas: Table? = nil) {
            self.agreements = agreements
            self.phases = phases
            self.quotas = quotas
        }

        /// The table of `kind`, if read.
        public subscript(kind: TableKind) -> Table? {
            get {
                switch kind {
                case .agreements: return agreements
                case .phases: return phases
                case .quotas: return quotas
                }
            }
            set {
                switch kind {
                case .agreements: agreements = newValue
                case .phases: phases = newValue
                case .quotas: quotas = newValue
                }
            }
        }
    }
}
