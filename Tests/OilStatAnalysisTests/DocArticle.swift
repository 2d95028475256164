import Foundation

/// A Markdown file of a DocC catalog (`Sources/<Target>/<Target>.docc/*.md`) and its fenced code blocks.
struct DocArticle: CustomStringConvertible, Sendable {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path from the repository root, e.g. `Sources/OilStatCore/OilStatCore.docc/OilStatCore.md`.
    let path: String

    var description: String { path }

    /// Every Markdown file of every catalog under `Sources/`, sorted.
    static func all() throws -> [DocArticle] {
        let sources = repository.appendingPathComponent("Sources")
        var articles: [DocArticle] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            let catalog = sources.appendingPathComponent(target).appendingPathComponent("\(target).docc")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: catalog.path) else { continue }
            for name in names where name.hasSuffix(".md") {
                articles.append(DocArticle(path: "Sources/\(target)/\(target).docc/\(name)"))
            }
        }
        return articles.sorted { $0.path < $1.path }
    }

    /// The fenced blocks tagged `language` (```swift...), each without its fences and ending with a newline.
    func blocks(of language: String) throws -> [String] {
        let text = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        var blocks: [String] = []
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            switch (current, line) {
            case (nil, "```\(language)"): current = ""
            case (nil, _): continue
            case (let block?, "```"):
                blocks.append(block)
                current = nil
            case (let block?, _): current = block + line + "\n"
            }
        }
        return blocks
    }
}
