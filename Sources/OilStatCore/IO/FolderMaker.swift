#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates a folder and its missing parents (`mkdir -p`), reporting the system's reason when it cannot.
enum FolderMaker {
    /// Creates `folder` and every missing folder above it; `name` is what an error calls the output.
    static func make(_ folder: String, name: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError.failure(name, .cannotCreateFolder(folder: folder, errno: ENOTDIR))
            }
            return
        }
        let parent = OutputTarget.folder(of: folder)
        if parent != folder && errno == ENOENT { try make(parent, name: name) }
        if mkdir(folder, 0o777) != 0 && errno != EEXIST {
            throw OutputError.failure(name, .cannotCreateFolder(folder: folder, errno: errno))
        }
    }
}
