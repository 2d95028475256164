import OilStatCore

extension OilStatError {
    /// `FILE:LINE: duplicate figure: SA 2024-01 CRUDEOIL INDPROD KBD is also on line 7`.
    static func duplicateFigure(
        file: String, line: Int?, firstLine: Int?, codes: FigureCodes,
        position: String = "line"
    ) -> OilStatError {
        let earlier = firstLine.map { " is also on \(position) \($0)" } ?? " appears twice"
        return OilStatError(
            file: file, line: line,
            message: "duplicate figure: \(codes)\(earlier) (a file gives each figure once)")
    }
}
