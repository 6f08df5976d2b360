import Foundation

/// The platform's state that applies to every customer (DESIGN §5): maintenance
/// windows, risk policies, gray releases, the credit bureau and funding.
///
/// The demo reads it from `knowledge/platform.yaml`; `--platform FILE` overrides.
/// Every window is half-open: active when `from <= now < until`.
public struct PlatformStatus: Codable, Sendable, Hashable {
    public var maintenance: [Maintenance]
    public var policies: [Policy]
    public var grayReleases: [GrayRelease]
    public var bureau: BureauService
    public var funding: Funding

    enum CodingKeys: String, CodingKey {
        case maintenance, policies, grayReleases = "gray_releases", bureau, funding
    }

    public init(maintenance: [Maintenance] = [], policies: [Policy] = [], grayReleases: [GrayRelease] = [],
                bureau: BureauService = BureauService(), funding: Funding = Funding()) {
        self.maintenance = maintenance; self.policies = policies; self.grayReleases = grayReleases
        self.bureau = bureau; self.funding = funding
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maintenance = try c.decodeIfPresent([Maintenance].self, forKey: .maintenance) ?? []
        policies = try c.decodeIfPresent([Policy].self, forKey: .policies) ?? []
        grayReleases = try c.decodeIfPresent([GrayRelease].self, forKey: .grayReleases) ?? []
        bureau = try c.decodeIfPresent(BureauService.self, forKey: .bureau) ?? BureauService()
        funding = try c.decodeIfPresent(Funding.self, forKey: .funding) ?? Funding()
    }

    public static let normal = PlatformStatus()

    public struct Maintenance: Codable, Sendable, Hashable {
        public var from: ISODate
        public var until: ISODate
        public var products: [Product]
        public init(from: Date, until: Date, products: [Product]) {
            self.from = ISODate(from); self.until = ISODate(until); self.products = products
        }
        public func isActive(at now: Date) -> Bool { from.date <= now && now < until.date }
    }

    /// What a policy or gray release does to the accounts it holds.
    public enum Effect: String, RecordEnum {
        /// No new jiebei loans.
        case block
        /// The available amount is held at a nominal ¥1.
        case symbolic_limit
    }

    public struct Policy: Codable, Sendable, Hashable {
        public var id: String
        public var from: ISODate
        public var until: ISODate
        public var minScore: Int
        public var effect: Effect
        public var titleZh: String
        public var titleEn: String

        enum CodingKeys: String, CodingKey {
            case id, from, until, minScore = "min_score", effect, titleZh = "title_zh", titleEn = "title_en"
        }

        public init(id: String, from: Date, until: Date, minScore: Int, effect: Effect = .block,
                    titleZh: String, titleEn: String) {
            self.id = id; self.from = ISODate(from); self.until = ISODate(until); self.minScore = minScore
            self.effect = effect; self.titleZh = titleZh; self.titleEn = titleEn
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            from = try c.decode(ISODate.self, forKey: .from)
            until = try c.decode(ISODate.self, forKey: .until)
            minScore = try c.decodeWhole(forKey: .minScore)
            effect = try c.decodeIfPresent(Effect.self, forKey: .effect) ?? .block
            titleZh = try c.decodeIfPresent(String.self, forKey: .titleZh) ?? id
            titleEn = try c.decodeIfPresent(String.self, forKey: .titleEn) ?? id
        }

        public func isActive(at now: Date) -> Bool { from.date <= now && now < until.date }
    }

    public struct GrayRelease: Codable, Sendable, Hashable {
        public var cohort: String
        public var from: ISODate
        public var until: ISODate
        public var effect: Effect
        public init(cohort: String, from: Date, until: Date, effect: Effect) {
            self.cohort = cohort; self.from = ISODate(from); self.until = ISODate(until); self.effect = effect
        }
        public func isActive(at now: Date) -> Bool { from.date <= now && now < until.date }
    }

    public enum ServiceState: String, RecordEnum { case up, down }
    public enum FundingState: String, RecordEnum { case ok, exhausted }

    public struct BureauService: Codable, Sendable, Hashable {
        public var status: ServiceState
        public var since: ISODate?
        public init(status: ServiceState = .up, since: Date? = nil) { self.status = status; self.since = since.map(ISODate.init) }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            status = try c.decodeIfPresent(ServiceState.self, forKey: .status) ?? .up
            since = try c.decodeIfPresent(ISODate.self, forKey: .since)
        }
    }

    public struct Funding: Codable, Sendable, Hashable {
        public var status: FundingState
        public var until: ISODate?
        public init(status: FundingState = .ok, until: Date? = nil) { self.status = status; self.until = until.map(ISODate.init) }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            status = try c.decodeIfPresent(FundingState.self, forKey: .status) ?? .ok
            until = try c.decodeIfPresent(ISODate.self, forKey: .until)
        }
        /// Exhausted at `now` (an `until` in the past means funding is back).
        public func isExhausted(at now: Date) -> Bool {
            status == .exhausted && (until.map { now < $0.date } ?? true)
        }
    }
}
