import Foundation
import OilStatUpdate
import Testing

/// Back-off, `Retry-After` and HTTP dates.
struct RetryPolicyTests {
    @Test(arguments: [
        ("120", 120.0), ("0", 0.0), ("Tue, 01 Dec 2026 05:02:00 GMT", 120.0), ("soon", -1.0), ("", -1.0),
    ])
    func retryAfterIsSecondsOrAnHTTPDate(header: String, seconds: Double) {
        let now = HTTPDate.parse("Tue, 01 Dec 2026 05:00:00 GMT") ?? Date()
        #expect(RetryPolicy.retryAfterSeconds(header, now: now) == (seconds < 0 ? nil : seconds))
    }

    @Test func backOffDoublesWithJitterWithinTheCeiling() {
        var settings = FetchSettings()
        settings.baseDelay = 1
        settings.maxDelay = 6
        let policy = RetryPolicy(settings: settings)
        for _ in 0..<50 {
            #expect((0.5...1).contains(policy.delay(afterAttempt: 1)))
            #expect((1...2).contains(policy.delay(afterAttempt: 2)))
            #expect((3...6).contains(policy.delay(afterAttempt: 5)))
        }
        #expect(policy.delay(afterAttempt: 1, retryAfter: 3) == 3)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 600) == 6)
    }

    @Test(arguments: [(429, true), (500, true), (503, true), (408, true), (404, false), (403, false), (400, false)])
    func retryableStatuses(status: Int, retryable: Bool) {
        #expect(RetryPolicy.isRetryable(status: status) == retryable)
    }

    @Test func lastModifiedGivesTheVintageDay() {
        #expect(HTTPDate.day(of: "Wed, 20 Mar 2024 23:59:59 GMT") == "2024-03-20")
        #expect(HTTPDate.day(of: "yesterday") == nil)
    }
}
