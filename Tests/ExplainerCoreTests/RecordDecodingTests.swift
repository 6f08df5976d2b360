import Foundation
import Testing
@testable import ExplainerCore

@Suite struct RecordDecodingTests {
    func decodeError(_ json: String) -> String {
        do {
            _ = try RecordDecoder.decode(Data(json.utf8), source: "r.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func minimalRecordTakesDefaults() throws {
        let r = try RecordDecoder.decode(Data(#"{"user_id":"u1","account":{"opened_at":"2024-01-01"}}"#.utf8), source: "r.json")
        #expect(r.account.status == .normal)
        #expect(r.account.identityVerified)
        #expect(r.loans.isEmpty)
        #expect(r.bankCards == nil)
        #expect(r.products.jiebei.opened == false)
        #expect(Timestamp.isoString(r.account.openedAt.date) == "2024-01-01T00:00:00+08:00")
    }

    @Test func badDateNamesFieldPath() {
        let json = #"{"user_id":"u1","account":{"opened_at":"2024-01-01"},"loans":[{"id":"a","amount":1,"borrowed_at":"2026-01-01","due_at":"2026-02-01"},{"id":"b","amount":1,"borrowed_at":"2026-01-01","due_at":"2026-13-01"}]}"#
        #expect(decodeError(json) == #"r.json: loans[1].due_at: "2026-13-01" is not an ISO 8601 date"#)
    }

    @Test func unknownEnumListsAllowedValues() {
        let json = #"{"user_id":"u1","account":{"opened_at":"2024-01-01","status":"sleepy"}}"#
        #expect(decodeError(json) == #"r.json: account.status: "sleepy" is not one of normal, abnormal_login, suspected_theft, restricted, frozen"#)
    }

    @Test func wrongTypeAndMissingField() {
        #expect(decodeError(#"{"user_id":"u1","account":{"opened_at":"2024-01-01"},"bureau":{"external_active_loans":"two"}}"#)
                == "r.json: bureau.external_active_loans: should be a number")
        #expect(decodeError(#"{"user_id":"u1"}"#) == "r.json: account: is required but missing")
        #expect(decodeError("{not json").hasPrefix("r.json: is not valid JSON"))
    }

    @Test func negativeAmountsAreRefused() {
        let base = #"{"user_id":"u1","account":{"opened_at":"2024-01-01"},"#
        #expect(decodeError(base + #""loans":[{"id":"a","amount":-5,"outstanding":0,"borrowed_at":"2026-01-01","due_at":"2026-02-01"}]}"#)
                == "r.json: loans[0].amount: must not be negative")
        #expect(decodeError(base + #""repayments":[{"amount":-1,"at":"2026-01-01"}]}"#)
                == "r.json: repayments[0].amount: must not be negative")
        #expect(decodeError(base + #""disbursements":[{"amount":-1,"at":"2026-01-01","status":"succeeded"}]}"#)
                == "r.json: disbursements[0].amount: must not be negative")
        #expect(decodeError(base + #""products":{"jiebei":{"limit_history":[{"at":"2026-01-01","limit":-1}]}}}"#)
                == "r.json: products.jiebei.limit_history[0].limit: must not be negative")
    }

    @Test func timestampsParseAndFormatAtPlus8() throws {
        let d = try #require(Timestamp.parse("2026-11-19T22:10:00+08:00"))
        #expect(Timestamp.dateTimeString(d) == "2026-11-19 22:10")
        #expect(Timestamp.isoString(try #require(Timestamp.parse("2026-11-19T14:10:00Z"))) == "2026-11-19T22:10:00+08:00")
        #expect(Timestamp.parse("2026-02-29") == nil)
        #expect(Timestamp.parse("2024-02-29") != nil)
        #expect(Timestamp.parse("2026-11-19T25:00") == nil)
        #expect(Timestamp.dateString(Timestamp.adding(months: 1, to: try #require(Timestamp.parse("2026-01-31")))) == "2026-02-28")
    }

    @Test func isoStringsRoundTripAndAgreeWithTheDateString() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            // Whole seconds from 1950 to 2150, either side of every +08:00 midnight.
            let seconds = Double(Int64(random.next() % 6_311_390_400) - 631_152_000)
            let date = Date(timeIntervalSince1970: seconds)
            let iso = Timestamp.isoString(date)
            #expect(Timestamp.parse(iso) == date, "\(iso)")
            #expect(iso.hasPrefix(Timestamp.dateString(date) + "T") && iso.hasSuffix("+08:00") && iso.count == 25, "\(iso)")
        }
    }

    @Test func moneyFormatsForCustomers() {
        #expect(Money(yuan: 1200).description == "¥1,200")
        #expect(Money(yuan: 1234567.5).description == "¥1,234,567.50")
        #expect(Money(yuan: 1).description == "¥1")
    }
}

@Suite struct WholeNumberDecodingTests {
    @Test func fractionalCountNamesTheField() {
        let json = #"{"user_id":"u1","account":{"opened_at":"2024-01-01"},"bureau":{"external_active_loans":3.5}}"#
        do {
            _ = try RecordDecoder.decode(Data(json.utf8), source: "r.json")
            Issue.record("accepted 3.5 loans")
        } catch {
            #expect(error.description == "r.json: bureau.external_active_loans: should be a whole number, not 3.5")
        }
    }
}
