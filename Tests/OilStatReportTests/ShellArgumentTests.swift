import Foundation
import Testing

@testable import OilStatReport

/// Arguments in the report's "reproduce" commands are single words to the shell, whatever a name holds.
struct ShellArgumentTests {
    @Test(arguments: [
        ("JODI", "JODI"), ("US,SA,RU", "US,SA,RU"), ("news report", "'news report'"), ("", "''"),
        ("$(touch /tmp/pwned)", "'$(touch /tmp/pwned)'"), ("it's", "'it'\\''s'"), ("<script>", "'<script>'"),
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")'"), ("~", "'~'"),
    ])
    func quotesOnlyWhatNeedsIt(text: String, expected: String) {
        #expect(ShellArgument.quoted(text) == expected)
    }

    @Test func theShellReadsBackExactlyTheTextAndRunsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let marker = folder.appendingPathComponent("pwned").path
        let texts = [
            "$(touch \(marker))", "`touch \(marker)`", "'; touch \(marker); echo '",
            "a'\u{301}; touch \(marker) #",
            "x\ny", "\\$HOME", "*", "--source", "\"quoted\" and 'single'", "tab\there", "émoji 🛢️",
        ]
        for text in texts {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "printf %s " + ShellArgument.quoted(text)]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(String(decoding: data, as: UTF8.self) == text)
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
