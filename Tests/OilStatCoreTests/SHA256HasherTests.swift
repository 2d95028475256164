import Foundation
import Testing

@testable import OilStatCore

struct SHA256HasherTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(_ text: String, _ digest: String) throws {
        #expect(SHA256Hasher.hex(of: Array(text.utf8)) == digest)
        #expect(SHA256Hasher.fastHex(of: Array(text.utf8)) == digest)
        let path = try TestSupport.temporaryFile("vector.txt", text).path
        #expect(try SHA256Hasher.hex(ofFile: path) == digest)
        #expect(try SHA256Hasher.hex(ofFile: path, portable: true) == digest)
    }

    @Test func aMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256Hasher.hex(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecewiseHashingAgreesWithTheOneShotHash() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<10_007).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var hasher = SHA256Hasher()
        var offset = 0
        for piece in [1, 63, 64, 65, 1000, 5000] where offset < bytes.count {
            let end = min(bytes.count, offset + piece)
            hasher.update(Array(bytes[offset..<end]))
            offset = end
        }
        hasher.update(Array(bytes[offset...]))
        #expect(hasher.finalizeHex() == SHA256Hasher.fastHex(of: bytes))
    }
}
