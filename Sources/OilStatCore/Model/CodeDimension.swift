/// A dimension of a figure that is told by a code: ``ProductDimension``, ``FlowDimension`` or ``UnitDimension``.
///
/// The dimensions are tags for ``Code``: they have no values, only the dimension's built-in codes.
public protocol CodeDimension: Sendable {
    /// The built-in codes, stored with these ids when a database is created.
    static var builtIn: [Code<Self>] { get }
}
