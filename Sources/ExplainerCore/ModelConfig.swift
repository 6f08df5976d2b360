/// The credit model's parameters, read from `knowledge/credit-model.yaml`.
///
/// Every number the model uses lives here; Swift holds only the logic. The `version`
/// is reported with every decision (`model_version`).
public struct ModelConfig: Codable, Sendable, Hashable {
    public var version: String
    public var score: ScoreConfig
    public var factors: Factors
    public var gates: Gates
    public var limits: Limits

    public struct ScoreConfig: Codable, Sendable, Hashable {
        /// Points every customer starts with; factor points are added to it.
        public var base: Int
        /// A score below this fails the `SCORE_BELOW_THRESHOLD` gate.
        public var threshold: Int
        /// A fall of at least this many points since the previous score is `SCORE_DROPPED`.
        public var dropAlert: Int
        enum CodingKeys: String, CodingKey { case base, threshold, dropAlert = "drop_alert" }
    }

    /// One band of a banded factor: values up to and including `upTo` earn `points`.
    public struct Band: Codable, Sendable, Hashable {
        public var upTo: Double
        public var points: Int
        enum CodingKeys: String, CodingKey { case upTo = "up_to", points }
    }

    public struct BandedFactor: Codable, Sendable, Hashable {
        public var max: Int
        /// Ascending bands; a value above the last band earns 0 points.
        public var bands: [Band]

        public func points(for value: Double) -> Int {
            for band in bands where value <= band.upTo + 1e-9 { return band.points }
            return 0
        }
    }

    public struct OverdueFactor: Codable, Sendable, Hashable {
        public var max: Int
        public var perEpisode: Int
        public var longEpisodeDays: Int
        public var longEpisodeExtra: Int
        public var windowMonths: Int
        enum CodingKeys: String, CodingKey {
            case max, perEpisode = "per_episode", longEpisodeDays = "long_episode_days"
            case longEpisodeExtra = "long_episode_extra", windowMonths = "window_months"
        }
    }

    public struct IncomeFactor: Codable, Sendable, Hashable {
        public var max: Int
        /// Occupations that count as no verified income.
        public var weakOccupations: [Occupation]
        enum CodingKeys: String, CodingKey { case max, weakOccupations = "weak_occupations" }
    }

    public struct Factors: Codable, Sendable, Hashable {
        public var overdueHistory: OverdueFactor
        public var multiLending: BandedFactor
        public var inquiries: BandedFactor
        public var debtRatio: BandedFactor
        public var income: IncomeFactor
        enum CodingKeys: String, CodingKey {
            case overdueHistory = "overdue_history", multiLending = "multi_lending", inquiries
            case debtRatio = "debt_ratio", income
        }
    }

    public struct Cycling: Codable, Sendable, Hashable {
        public var minLoans: Int
        public var maxDays: Int
        public var windowDays: Int
        enum CodingKeys: String, CodingKey { case minLoans = "min_loans", maxDays = "max_days", windowDays = "window_days" }
    }

    public struct Gates: Codable, Sendable, Hashable {
        public var recentOverdueDays: Int
        public var multiLendingMin: Int
        public var inquiriesMin: Int
        public var inquiryWindowDays: Int
        public var debtRatioMax: Double
        public var infoChangeDays: Int
        public var cycling: Cycling
        enum CodingKeys: String, CodingKey {
            case recentOverdueDays = "recent_overdue_days", multiLendingMin = "multi_lending_min"
            case inquiriesMin = "inquiries_min", inquiryWindowDays = "inquiry_window_days"
            case debtRatioMax = "debt_ratio_max", infoChangeDays = "info_change_days", cycling
        }
    }

    public struct Limits: Codable, Sendable, Hashable {
        public var minLoan: Money
        public var newAccountDays: Int
        public var newAccountCap: Money
        public var exposureIncomeMultiple: Int
        public var exposureCapUnverified: Money
        public var regulatorySingleLoanCap: Money
        public var symbolicAmount: Money
        public var settlementHours: Int
        /// A newly opened jiebei limit: `opening_base + (score - threshold) * opening_per_point`.
        public var openingBase: Money
        public var openingPerPoint: Money
        enum CodingKeys: String, CodingKey {
            case minLoan = "min_loan", newAccountDays = "new_account_days", newAccountCap = "new_account_cap"
            case exposureIncomeMultiple = "exposure_income_multiple", exposureCapUnverified = "exposure_cap_unverified"
            case regulatorySingleLoanCap = "regulatory_single_loan_cap", symbolicAmount = "symbolic_amount"
            case settlementHours = "settlement_hours", openingBase = "opening_base", openingPerPoint = "opening_per_point"
        }
    }

    /// The highest score the scorecard can give.
    public var maxScore: Int {
        score.base + factors.overdueHistory.max + factors.multiLending.max + factors.inquiries.max
            + factors.debtRatio.max + factors.income.max
    }
}
