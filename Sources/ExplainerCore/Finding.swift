import Foundation

/// One reason the model found, with the evidence it rests on — never prose.
///
/// Findings come out of ``CreditModel/evaluate(_:platform:now:)``; plugins order
/// them for a symptom and the renderer turns them into sentences from knowledge/.
public struct Finding: Sendable, Hashable {
    public var code: ReasonCode
    public var kind: FindingKind
    public var evidence: [Evidence]
    /// When the reason goes away by itself, if it does.
    public var clearsAt: Date?
    /// True when it stands between the customer and a jiebei loan at `now`.
    public var blocking: Bool
    /// Points lost against the factor's maximum (score factors; 0 otherwise).
    public var pointsLost: Int

    public init(code: ReasonCode, kind: FindingKind, evidence: [Evidence], clearsAt: Date? = nil,
                blocking: Bool, pointsLost: Int = 0) {
        self.code = code; self.kind = kind; self.evidence = evidence; self.clearsAt = clearsAt
        self.blocking = blocking; self.pointsLost = pointsLost
    }

    /// The evidence value for a template placeholder.
    public func value(_ key: String) -> Evidence.Value? {
        evidence.first { $0.key == key }?.value
    }
}
