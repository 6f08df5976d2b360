import Foundation

/// One customer's record: the import format of DESIGN §5.
///
/// Extra fields are ignored; every optional field has the default documented in
/// `docs/record.schema.json`. Decode with ``RecordDecoder`` to get errors that name
/// the field path (`loans[2].due_at: "2026-13-01" is not an ISO 8601 date`).
public struct CustomerRecord: Codable, Sendable, Hashable {
    public var userID: String
    public var displayName: String?
    public var account: Account
    public var profile: Profile
    public var bureau: Bureau
    public var products: Products
    public var loans: [Loan]
    public var repayments: [Repayment]
    public var disbursements: [Disbursement]
    /// `nil` when the record does not say which cards are on file (payout not checked).
    public var bankCards: [BankCard]?
    public var scoreHistory: [ScorePoint]

    enum CodingKeys: String, CodingKey {
        case userID = "user_id", displayName = "display_name", account, profile, bureau, products
        case loans, repayments, disbursements, bankCards = "bank_cards", scoreHistory = "score_history"
    }

    public init(userID: String, displayName: String? = nil, account: Account, profile: Profile = Profile(),
                bureau: Bureau = Bureau(), products: Products = Products(), loans: [Loan] = [],
                repayments: [Repayment] = [], disbursements: [Disbursement] = [],
                bankCards: [BankCard]? = nil, scoreHistory: [ScorePoint] = []) {
        self.userID = userID; self.displayName = displayName; self.account = account
        self.profile = profile; self.bureau = bureau; self.products = products; self.loans = loans
        self.repayments = repayments; self.disbursements = disbursements
        self.bankCards = bankCards; self.scoreHistory = scoreHistory
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        userID = try c.decode(String.self, forKey: .userID)
        guard !userID.isEmpty, userID.count <= 128 else {
            throw DecodingError.dataCorruptedError(forKey: .userID, in: c,
                debugDescription: "must be 1 to 128 characters")
        }
        displayName = try c.decodeIfPresent(String.self, forKey: .displayName)
        account = try c.decode(Account.self, forKey: .account)
        profile = try c.decodeIfPresent(Profile.self, forKey: .profile) ?? Profile()
        bureau = try c.decodeIfPresent(Bureau.self, forKey: .bureau) ?? Bureau()
        products = try c.decodeIfPresent(Products.self, forKey: .products) ?? Products()
        loans = try c.decodeIfPresent([Loan].self, forKey: .loans) ?? []
        repayments = try c.decodeIfPresent([Repayment].self, forKey: .repayments) ?? []
        disbursements = try c.decodeIfPresent([Disbursement].self, forKey: .disbursements) ?? []
        bankCards = try c.decodeIfPresent([BankCard].self, forKey: .bankCards)
        scoreHistory = try c.decodeIfPresent([ScorePoint].self, forKey: .scoreHistory) ?? []
    }
}

extension CustomerRecord {
    public struct Account: Codable, Sendable, Hashable {
        public var openedAt: ISODate
        public var status: AccountStatus
        public var identityVerified: Bool
        public var idExpiresAt: ISODate?
        public var amlReview: Bool
        public var cohort: String?

        enum CodingKeys: String, CodingKey {
            case openedAt = "opened_at", status, identityVerified = "identity_verified"
            case idExpiresAt = "id_expires_at", amlReview = "aml_review", cohort
        }

        public init(openedAt: Date, status: AccountStatus = .normal, identityVerified: Bool = true,
                    idExpiresAt: Date? = nil, amlReview: Bool = false, cohort: String? = nil) {
            self.openedAt = ISODate(openedAt); self.status = status
            self.identityVerified = identityVerified; self.idExpiresAt = idExpiresAt.map(ISODate.init)
            self.amlReview = amlReview; self.cohort = cohort
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            openedAt = try c.decode(ISODate.self, forKey: .openedAt)
            status = try c.decodeIfPresent(AccountStatus.self, forKey: .status) ?? .normal
            identityVerified = try c.decodeIfPresent(Bool.self, forKey: .identityVerified) ?? true
            idExpiresAt = try c.decodeIfPresent(ISODate.self, forKey: .idExpiresAt)
            amlReview = try c.decodeIfPresent(Bool.self, forKey: .amlReview) ?? false
            cohort = try c.decodeIfPresent(String.self, forKey: .cohort)
        }
    }

    public struct InfoChange: Codable, Sendable, Hashable {
        public var field: InfoField
        public var at: ISODate
        public init(field: InfoField, at: Date) { self.field = field; self.at = ISODate(at) }
    }

    public struct Profile: Codable, Sendable, Hashable {
        public var monthlyIncome: Money
        public var incomeVerified: Bool
        public var occupation: Occupation
        public var infoChanges: [InfoChange]

        enum CodingKeys: String, CodingKey {
            case monthlyIncome = "monthly_income", incomeVerified = "income_verified"
            case occupation, infoChanges = "info_changes"
        }

        public init(monthlyIncome: Money = .zero, incomeVerified: Bool = false,
                    occupation: Occupation = .salaried, infoChanges: [InfoChange] = []) {
            self.monthlyIncome = monthlyIncome; self.incomeVerified = incomeVerified
            self.occupation = occupation; self.infoChanges = infoChanges
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            monthlyIncome = try c.decodeIfPresent(Money.self, forKey: .monthlyIncome) ?? .zero
            guard monthlyIncome.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .monthlyIncome, in: c, debugDescription: "must not be negative")
            }
            incomeVerified = try c.decodeIfPresent(Bool.self, forKey: .incomeVerified) ?? false
            occupation = try c.decodeIfPresent(Occupation.self, forKey: .occupation) ?? .salaried
            infoChanges = try c.decodeIfPresent([InfoChange].self, forKey: .infoChanges) ?? []
        }
    }

    public struct Inquiry: Codable, Sendable, Hashable {
        public var at: ISODate
        public var lender: String?
        public init(at: Date, lender: String? = nil) { self.at = ISODate(at); self.lender = lender }
    }

    public struct Bureau: Codable, Sendable, Hashable {
        public var externalActiveLoans: Int
        public var monthlyDebtPayments: Money
        public var inquiries: [Inquiry]

        enum CodingKeys: String, CodingKey {
            case externalActiveLoans = "external_active_loans"
            case monthlyDebtPayments = "monthly_debt_payments", inquiries
        }

        public init(externalActiveLoans: Int = 0, monthlyDebtPayments: Money = .zero, inquiries: [Inquiry] = []) {
            self.externalActiveLoans = externalActiveLoans
            self.monthlyDebtPayments = monthlyDebtPayments; self.inquiries = inquiries
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            externalActiveLoans = try c.decodeWholeIfPresent(forKey: .externalActiveLoans) ?? 0
            guard externalActiveLoans >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .externalActiveLoans, in: c, debugDescription: "must not be negative")
            }
            monthlyDebtPayments = try c.decodeIfPresent(Money.self, forKey: .monthlyDebtPayments) ?? .zero
            guard monthlyDebtPayments.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .monthlyDebtPayments, in: c, debugDescription: "must not be negative")
            }
            inquiries = try c.decodeIfPresent([Inquiry].self, forKey: .inquiries) ?? []
        }
    }

    public struct LimitChange: Codable, Sendable, Hashable {
        public var at: ISODate
        public var limit: Money
        public init(at: Date, limit: Money) { self.at = ISODate(at); self.limit = limit }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            at = try c.decode(ISODate.self, forKey: .at)
            limit = try c.decode(Money.self, forKey: .limit)
            guard limit.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .limit, in: c, debugDescription: "must not be negative")
            }
        }
    }

    public struct ProductState: Codable, Sendable, Hashable {
        public var opened: Bool
        public var limit: Money
        /// Earlier limits, newest last.
        public var limitHistory: [LimitChange]

        enum CodingKeys: String, CodingKey { case opened, limit, limitHistory = "limit_history" }

        public init(opened: Bool = false, limit: Money = .zero, limitHistory: [LimitChange] = []) {
            self.opened = opened; self.limit = limit; self.limitHistory = limitHistory
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            opened = try c.decodeIfPresent(Bool.self, forKey: .opened) ?? false
            limit = try c.decodeIfPresent(Money.self, forKey: .limit) ?? .zero
            guard limit.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .limit, in: c, debugDescription: "must not be negative")
            }
            limitHistory = try c.decodeIfPresent([LimitChange].self, forKey: .limitHistory) ?? []
        }
    }

    public struct Products: Codable, Sendable, Hashable {
        public var jiebei: ProductState
        public var huabei: ProductState

        public init(jiebei: ProductState = ProductState(), huabei: ProductState = ProductState()) {
            self.jiebei = jiebei; self.huabei = huabei
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            jiebei = try c.decodeIfPresent(ProductState.self, forKey: .jiebei) ?? ProductState()
            huabei = try c.decodeIfPresent(ProductState.self, forKey: .huabei) ?? ProductState()
        }

        public subscript(_ p: Product) -> ProductState {
            get { p == .jiebei ? jiebei : huabei }
            set { if p == .jiebei { jiebei = newValue } else { huabei = newValue } }
        }
    }

    public struct Loan: Codable, Sendable, Hashable {
        public var id: String
        public var product: Product
        public var amount: Money
        public var borrowedAt: ISODate
        public var dueAt: ISODate
        public var repaidAt: ISODate?
        public var outstanding: Money

        enum CodingKeys: String, CodingKey {
            case id, product, amount, borrowedAt = "borrowed_at", dueAt = "due_at"
            case repaidAt = "repaid_at", outstanding
        }

        public init(id: String, product: Product = .jiebei, amount: Money, borrowedAt: Date, dueAt: Date,
                    repaidAt: Date? = nil, outstanding: Money) {
            self.id = id; self.product = product; self.amount = amount
            self.borrowedAt = ISODate(borrowedAt); self.dueAt = ISODate(dueAt)
            self.repaidAt = repaidAt.map(ISODate.init); self.outstanding = outstanding
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            product = try c.decodeIfPresent(Product.self, forKey: .product) ?? .jiebei
            amount = try c.decode(Money.self, forKey: .amount)
            guard amount.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c, debugDescription: "must not be negative")
            }
            borrowedAt = try c.decode(ISODate.self, forKey: .borrowedAt)
            dueAt = try c.decode(ISODate.self, forKey: .dueAt)
            repaidAt = try c.decodeIfPresent(ISODate.self, forKey: .repaidAt)
            outstanding = try c.decodeIfPresent(Money.self, forKey: .outstanding) ?? (repaidAt == nil ? amount : .zero)
            guard outstanding.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .outstanding, in: c, debugDescription: "must not be negative")
            }
        }
    }

    public struct Repayment: Codable, Sendable, Hashable {
        public var loanID: String?
        public var amount: Money
        public var at: ISODate
        public var settled: Bool

        enum CodingKeys: String, CodingKey { case loanID = "loan_id", amount, at, settled }

        public init(loanID: String?, amount: Money, at: Date, settled: Bool) {
            self.loanID = loanID; self.amount = amount; self.at = ISODate(at); self.settled = settled
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            loanID = try c.decodeIfPresent(String.self, forKey: .loanID)
            amount = try c.decode(Money.self, forKey: .amount)
            guard amount.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c, debugDescription: "must not be negative")
            }
            at = try c.decode(ISODate.self, forKey: .at)
            settled = try c.decodeIfPresent(Bool.self, forKey: .settled) ?? true
        }
    }

    public struct Disbursement: Codable, Sendable, Hashable {
        public var at: ISODate
        public var amount: Money
        public var status: DisbursementStatus
        public var failure: DisbursementFailure?
        /// When the lender said a retry may succeed (funding quota), if it said.
        public var retryAfter: ISODate?

        enum CodingKeys: String, CodingKey { case at, amount, status, failure, retryAfter = "retry_after" }

        public init(at: Date, amount: Money, status: DisbursementStatus, failure: DisbursementFailure? = nil,
                    retryAfter: Date? = nil) {
            self.at = ISODate(at); self.amount = amount; self.status = status
            self.failure = failure; self.retryAfter = retryAfter.map(ISODate.init)
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            at = try c.decode(ISODate.self, forKey: .at)
            amount = try c.decode(Money.self, forKey: .amount)
            guard amount.fen >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c, debugDescription: "must not be negative")
            }
            status = try c.decode(DisbursementStatus.self, forKey: .status)
            failure = try c.decodeIfPresent(DisbursementFailure.self, forKey: .failure)
            retryAfter = try c.decodeIfPresent(ISODate.self, forKey: .retryAfter)
            if status == .failed && failure == nil {
                throw DecodingError.dataCorruptedError(forKey: .failure, in: c,
                    debugDescription: "is required when status is \"failed\"")
            }
        }
    }

    public struct BankCard: Codable, Sendable, Hashable {
        public var last4: String
        public var status: BankCardStatus
        public init(last4: String, status: BankCardStatus) { self.last4 = last4; self.status = status }
    }

    public struct ScorePoint: Codable, Sendable, Hashable {
        public var at: ISODate
        public var score: Int
        public init(at: Date, score: Int) { self.at = ISODate(at); self.score = score }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            at = try c.decode(ISODate.self, forKey: .at)
            score = try c.decodeWhole(forKey: .score)
        }
    }
}
