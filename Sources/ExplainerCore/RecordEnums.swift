/// A string enum whose decoding error lists the accepted values:
/// `account.status: "sleeping" is not one of normal, abnormal_login, suspected_theft, restricted, frozen`.
public protocol RecordEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {}

extension RecordEnum {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let raw = try c.decode(String.self)
        guard let v = Self(rawValue: raw) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(raw)\" is not one of \(allowed)")
        }
        self = v
    }
}

public enum AccountStatus: String, RecordEnum {
    case normal, abnormal_login, suspected_theft, restricted, frozen
}

public enum Occupation: String, RecordEnum {
    case salaried, self_employed, freelancer, student, unemployed, retired
}

public enum Product: String, RecordEnum {
    case jiebei, huabei
}

public enum InfoField: String, RecordEnum {
    case phone, device, bank_account_holder, bank_account

    /// Changes that put a short hold on borrowing (`RECENT_INFO_CHANGE`): a new card alone does not.
    public var holdsBorrowing: Bool { self != .bank_account }
}

public enum DisbursementStatus: String, RecordEnum {
    case succeeded, failed, pending
}

public enum DisbursementFailure: String, RecordEnum {
    case bank_card_invalid, bank_card_expired, bank_card_name_mismatch, bank_card_limit
    case funding_quota, risk_recheck, system

    public var isCardProblem: Bool {
        switch self {
        case .bank_card_invalid, .bank_card_expired, .bank_card_name_mismatch, .bank_card_limit: return true
        default: return false
        }
    }
}

public enum BankCardStatus: String, RecordEnum {
    case valid, expired, invalid, name_mismatch, limit_reached
}
