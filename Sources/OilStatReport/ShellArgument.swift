/// Command-line arguments written for a POSIX shell, so that a command shown in a report can be copied and run
/// as it is, and a crafted name (`$(rm -rf ~)`, a command in backquotes, `; reboot`) stays one inert argument.
public enum ShellArgument {
    /// `text` as one shell word: unchanged when it holds only ASCII letters, digits and `,._/:@+-`, else in single
    /// quotes, with each `'` written as `'\''`; `''` when empty.
    ///
    /// For example `JODI` stays `JODI`, `news report` becomes `'news report'` and `$(touch /tmp/x)` becomes
    /// `'$(touch /tmp/x)'`.
    public static func quoted(_ text: String) -> String {
        if !text.isEmpty && text.unicodeScalars.allSatisfy(isPlain) { return text }
        var result = "'"
        for scalar in text.unicodeScalars { // by scalar: a quote with a combining mark is still a quote to the shell
            if scalar == "'" { result += "'\\''" } else { result.unicodeScalars.append(scalar) }
        }
        return result + "'"
    }

    /// Letters, digits and `,._/:@+-`: characters no POSIX shell (sh, bash, zsh) gives a meaning in a word.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ",", ".", "_", "/", ":", "@", "+", "-": return true
        default: return false
        }
    }
}
