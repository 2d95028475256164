import OilStatCore

/// The parsing side of a JODI import: validates every record, counts missing and filtered rows,
/// numbers the codes, and hands ``FigureBatch``es to the inserting thread.
struct JODIBatchBuilder: JODIRecordVisitor {
    let errors: JODIErrorContext
    let filter: ImportFilter
    let channel: BatchChannel
    let batchSize: Int
    private let filtering: Bool
    private var producers = CodeInterner(), products = CodeInterner(), flows = CodeInterner(), units = CodeInterner()
    /// Per dimension and local id: kept by the filter; sent to the inserter.
    private var keepProducer: [Bool] = [], keepProduct: [Bool] = [], keepFlow: [Bool] = [], keepUnit: [Bool] = []
    private var sentProducer: [Bool] = [], sentProduct: [Bool] = [], sentFlow: [Bool] = [], sentUnit: [Bool] = []
    /// The values allowed per flow and unit (index `flow << 8 | unit`), filled from ``OilStatCore/FigureBounds``
    /// when a pair is first met: until then the range is empty (+inf...-inf), so the check fails into
    /// ``checkSlowly(_:_:_:)``.
    private var lowest = [Double](repeating: .infinity, count: 1 << 16)
    private var highest = [Double](repeating: -.infinity, count: 1 << 16)
    private var batch: FigureBatch
    private(set) var counts = ParseCounts()

    init(errors: JODIErrorContext, filter: ImportFilter, channel: BatchChannel, batchSize: Int) {
        self.errors = errors
        self.filter = filter
        self.channel = channel
        self.batchSize = batchSize
        filtering = !filter.isEmpty
        batch = FigureBatch(capacity: batchSize)
    }

    mutating func visit(_ record: JODIRecord) throws {
        counts.read += 1
        let producer = producers.id(record.field(.area))
        if producer.isNew { try met(.producer, producer.id, record) }
        let product = products.id(record.field(.product))
        if product.isNew { try met(.product, product.id, record) }
        let flow = flows.id(record.field(.flow))
        if flow.isNew { try met(.flow, flow.id, record) }
        let unit = units.id(record.field(.unit))
        if unit.isNew { try met(.unit, unit.id, record) }
        guard let month = record.monthIndex(), month < 1 << 16 else { throw errors.badMonth(record) }
        let observation = record.observation()
        let assessmentCode: Int8
        switch record.assessment() {
        case .code(let code) where (0...127).contains(code): assessmentCode = Int8(code)
        case .none: assessmentCode = -1
        case .code, .invalid: throw errors.badAssessment(record)
        }
        let value: Double
        switch observation {
        case .number(let number):
            value = number
            let pair = Int(flow.id) << 8 | Int(unit.id)
            if !(value >= lowest[pair] && value <= highest[pair]) { try checkSlowly(value, pair, record) }
        case .invalid: throw errors.badNumber(record)
        case .missing:
            if filtering && !kept(producer.id, product.id, flow.id, unit.id) {
                counts.skipped += 1
            } else {
                counts.missing += 1
                counts.include(month: month)
            }
            return
        }
        if filtering && !kept(producer.id, product.id, flow.id, unit.id) {
            counts.skipped += 1
            return
        }
        counts.include(month: month)
        if !sentProducer[Int(producer.id)] { send(.producer, producer.id) }
        if !sentProduct[Int(product.id)] { send(.product, product.id) }
        if !sentFlow[Int(flow.id)] { send(.flow, flow.id) }
        if !sentUnit[Int(unit.id)] { send(.unit, unit.id) }
        batch.keys.append(
            FigureBatch.localKey(
                producer: producer.id, monthIndex: month, product: product.id, flow: flow.id, unit: unit.id))
        batch.values.append(value)
        batch.assessments.append(assessmentCode)
        if batch.count >= batchSize { try flush() }
    }

    mutating func didReach(offset: Int) throws { batch.offset = offset }

    /// Fills the range of a flow and unit pair met for the first time, and checks `value` against it.
    private mutating func checkSlowly(_ value: Double, _ pair: Int, _ record: JODIRecord) throws {
        let flow = flows.codes[pair >> 8]
        let unit = units.codes[pair & 0xFF]
        let range = FigureBounds.range(unit: unit, flow: flow, aggregate: false)
        lowest[pair] = range.lowerBound
        highest[pair] = range.upperBound
        guard range.contains(value) else {
            throw errors.implausible(record, value, range: range, unit: unit, flow: flow)
        }
    }

    @inline(__always)
    private func kept(_ producer: Int32, _ product: Int32, _ flow: Int32, _ unit: Int32) -> Bool {
        keepProducer[Int(producer)] && keepProduct[Int(product)] && keepFlow[Int(flow)] && keepUnit[Int(unit)]
    }

    /// A code seen for the first time: check it and decide whether the filter keeps it.
    private mutating func met(_ dimension: FigureBatch.Dimension, _ id: Int32, _ record: JODIRecord) throws {
        let column: JODIColumn
        let code: String
        let limit: Int
        switch dimension {
        case .producer:
            column = .area
            code = producers.codes[Int(id)]
            limit = 1 << 16
        case .product:
            column = .product
            code = products.codes[Int(id)]
            limit = 256
        case .flow:
            column = .flow
            code = flows.codes[Int(id)]
            limit = 256
        case .unit:
            column = .unit
            code = units.codes[Int(id)]
            limit = 256
        }
        if code.isEmpty { throw errors.emptyCode(record, column) }
        if let rule = JODICodeRule.problem(code, column: column) { throw errors.badCode(record, column, rule) }
        if Int(id) >= limit {
            throw errors.error(
                line: record.line, column: column,
                "too many distinct \(column.headerName) codes (the limit is \(limit - 1))")
        }
        switch dimension {
        case .producer:
            keepProducer.append(ImportFilter.accepts(code, filter.producers))
            sentProducer.append(false)
        case .product:
            keepProduct.append(ImportFilter.accepts(code, filter.products))
            sentProduct.append(false)
        case .flow:
            keepFlow.append(ImportFilter.accepts(code, filter.flows))
            sentFlow.append(false)
        case .unit:
            keepUnit.append(ImportFilter.accepts(code, filter.units))
            sentUnit.append(false)
        }
    }

    /// Announces a code to the inserter with the first figure that uses it.
    private mutating func send(_ dimension: FigureBatch.Dimension, _ id: Int32) {
        let index = Int(id)
        let code: String
        switch dimension {
        case .producer:
            sentProducer[index] = true
            code = producers.codes[index]
        case .product:
            sentProduct[index] = true
            code = products.codes[index]
        case .flow:
            sentFlow[index] = true
            code = flows.codes[index]
        case .unit:
            sentUnit[index] = true
            code = units.codes[index]
        }
        batch.newCodes.append(FigureBatch.NewCode(dimension: dimension, localID: index, code: code))
    }

    /// Hands the current batch over (blocks while the inserter is behind).
    mutating func flush() throws {
        guard batch.count > 0 || !batch.newCodes.isEmpty else { return }
        let offset = batch.offset
        guard channel.put(batch) else { throw CancellationError() }
        batch = FigureBatch(capacity: batchSize)
        batch.offset = offset
    }
}
