/// What a conditional download found.
public enum DownloadResult: Sendable, Equatable {
    /// The server answered 304 Not Modified: the cached file (with these validators) is current.
    case unchanged(Validators)
    /// The file changed (or was not cached): the partial download is now complete, with these validators.
    case downloaded(Validators)
}
