import Foundation
import Testing
@testable import ExplainerCore
@testable import ExplainerKnowledge

/// Customers evaluated by the real model: every finding and plan step it produces
/// renders in both languages with the evidence it actually carries.
extension KnowledgeFilesTests {
    static let now = Samples.date("2026-11-20T10:00:00+08:00")

    static let busyPlatform = """
        maintenance: []
        policies: [{id: P-7, from: "2026-11-01", until: "2026-12-31", min_score: 650, effect: block, title_zh: 年末风控收紧, title_en: Year-end tightening}]
        gray_releases: [{cohort: beta-c, from: "2026-11-01", until: "2026-12-15", effect: block}]
        bureau: {status: down, since: "2026-11-20T08:30:00+08:00"}
        funding: {status: exhausted, until: "2026-11-21T09:00:00+08:00"}
        """
    static let holdPlatform = """
        maintenance: [{from: "2026-11-20T01:00:00+08:00", until: "2026-11-20T12:00:00+08:00", products: [jiebei, huabei]}]
        policies: [{id: P-9, from: "2026-11-01", until: "2026-12-31", min_score: 720, effect: symbolic_limit, title_zh: 年末额度管控, title_en: Year-end limit control}]
        gray_releases: []
        bureau: {status: up}
        funding: {status: ok}
        """

    /// (name, record JSON, platform YAML or nil for the calm default)
    static let customers: [(String, String, String?)] = [
        ("repaid", #"{"user_id":"a","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":5000},"huabei":{"opened":true,"limit":2000}},"loans":[{"id":"L-90","product":"jiebei","amount":5000,"borrowed_at":"2026-10-01","due_at":"2026-12-01","outstanding":2000}],"repayments":[{"loan_id":"L-90","amount":3000,"at":"2026-11-19T22:10:00+08:00","settled":false}]}"#, nil),
        ("overdue", #"{"user_id":"b","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":8000,"income_verified":true,"info_changes":[{"field":"phone","at":"2026-11-12"}]},"bureau":{"external_active_loans":6,"monthly_debt_payments":6000,"inquiries":[{"at":"2026-11-01"},{"at":"2026-11-02"},{"at":"2026-11-03"},{"at":"2026-11-05"},{"at":"2026-11-08"},{"at":"2026-11-10"},{"at":"2026-11-12"},{"at":"2026-11-15"},{"at":"2026-11-18"}]},"products":{"jiebei":{"opened":true,"limit":20000},"huabei":{"opened":true,"limit":3000}},"loans":[{"id":"L-88","product":"jiebei","amount":5000,"borrowed_at":"2026-08-01","due_at":"2026-10-01","outstanding":1200},{"id":"H-3","product":"huabei","amount":800,"borrowed_at":"2026-10-01","due_at":"2026-11-10","outstanding":800},{"id":"L-70","product":"jiebei","amount":3000,"borrowed_at":"2026-03-01","due_at":"2026-04-01","repaid_at":"2026-05-20","outstanding":0}],"score_history":[{"at":"2026-10-01","score":690}]}"#, nil),
        ("recent", #"{"user_id":"r","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"bureau":{"external_active_loans":3,"monthly_debt_payments":6000,"inquiries":[{"at":"2026-11-01"},{"at":"2026-11-05"},{"at":"2026-11-18"}]},"products":{"jiebei":{"opened":true,"limit":20000},"huabei":{"opened":true,"limit":3000}},"loans":[{"id":"L-71","product":"jiebei","amount":3000,"borrowed_at":"2026-08-01","due_at":"2026-09-01","repaid_at":"2026-09-20","outstanding":0}]}"#, nil),
        ("used-up", #"{"user_id":"u","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":3000},"huabei":{"opened":true,"limit":2000}},"loans":[{"id":"L-5","product":"jiebei","amount":3000,"borrowed_at":"2026-11-01","due_at":"2026-12-01","outstanding":3000}]}"#, nil),
        ("not-opened", #"{"user_id":"c","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":false,"limit":0},"huabei":{"opened":true,"limit":2000}}}"#, nil),
        ("card", #"{"user_id":"d","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":30000},"huabei":{"opened":true,"limit":2000}},"disbursements":[{"at":"2026-11-18T09:00:00+08:00","amount":3000,"status":"failed","failure":"bank_card_expired"}],"bank_cards":[{"last4":"1234","status":"expired"}]}"#, nil),
        ("no-card", #"{"user_id":"d2","account":{"opened_at":"2024-03-01"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":30000},"huabei":{"opened":true,"limit":2000}},"bank_cards":[]}"#, nil),
        ("student", #"{"user_id":"e","account":{"opened_at":"2026-10-01","id_expires_at":"2026-11-01"},"profile":{"monthly_income":0,"income_verified":false,"occupation":"student"},"products":{"jiebei":{"opened":true,"limit":5000},"huabei":{"opened":true,"limit":3000}},"loans":[{"id":"H-9","product":"huabei","amount":2950,"borrowed_at":"2026-11-01","due_at":"2026-12-10","outstanding":2950}]}"#, nil),
        ("platform", #"{"user_id":"f","account":{"opened_at":"2024-03-01","cohort":"beta-c","aml_review":true,"status":"abnormal_login","identity_verified":false},"profile":{"monthly_income":12000,"income_verified":true},"bureau":{"external_active_loans":5},"products":{"jiebei":{"opened":true,"limit":5000},"huabei":{"opened":true,"limit":2000}},"disbursements":[{"at":"2026-11-18T09:00:00+08:00","amount":3000,"status":"failed","failure":"funding_quota","retry_after":"2026-11-21T09:00:00+08:00"}]}"#, busyPlatform),
        ("hold", #"{"user_id":"h","account":{"opened_at":"2026-10-01"},"profile":{"monthly_income":12000,"income_verified":true},"bureau":{"external_active_loans":4},"products":{"jiebei":{"opened":true,"limit":5000,"limit_history":[{"at":"2026-10-15","limit":3000}]},"huabei":{"opened":true,"limit":2000}},"disbursements":[{"at":"2026-11-18T09:00:00+08:00","amount":3000,"status":"failed","failure":"risk_recheck"}],"score_history":[{"at":"2026-10-01","score":750}]}"#, holdPlatform),
        ("cycling", #"{"user_id":"g","account":{"opened_at":"2024-03-01","status":"frozen"},"profile":{"monthly_income":12000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":5000},"huabei":{"opened":true,"limit":2000}},"loans":[{"id":"A","product":"jiebei","amount":500,"borrowed_at":"2026-11-01","due_at":"2026-12-01","repaid_at":"2026-11-02","outstanding":0},{"id":"B","product":"jiebei","amount":500,"borrowed_at":"2026-11-05","due_at":"2026-12-05","repaid_at":"2026-11-06","outstanding":0},{"id":"C","product":"jiebei","amount":500,"borrowed_at":"2026-11-10","due_at":"2026-12-10","repaid_at":"2026-11-11","outstanding":0}]}"#, nil),
        ("large", #"{"user_id":"l","account":{"opened_at":"2020-03-01"},"profile":{"monthly_income":60000,"income_verified":true},"products":{"jiebei":{"opened":true,"limit":300000},"huabei":{"opened":true,"limit":2000}},"disbursements":[{"at":"2026-11-18T09:00:00+08:00","amount":250000,"status":"failed","failure":"system"}]}"#, nil),
    ]

    @Test(arguments: Lang.allCases)
    func modelFindingsAndStepsRenderForSampleCustomers(lang: Lang) throws {
        let k = try Self.knowledge()
        let model = CreditModel(config: k.model)
        let r = Renderer(knowledge: k, lang: lang)
        var seen = Set<ReasonCode>()
        for (name, json, platformText) in Self.customers {
            let record = try RecordDecoder.decode(Data(json.utf8), source: name)
            let platform = try platformText.map { try YAMLFile.parse($0, path: name).decode(PlatformStatus.self) } ?? .normal
            let trace = model.evaluate(record, platform: platform, now: Self.now)
            #expect(!trace.findings.isEmpty, "\(name) has no findings")
            for finding in trace.findings {
                seen.insert(finding.code)
                try assertRenders(finding, lang: lang)
            }
            for step in Planner(model: model).plan(record, platform: platform, now: Self.now).plan?.steps ?? [] {
                let text = r.step(step)
                #expect(text?.isEmpty == false, "\(name): step \(step.id) cannot be rendered")
                for e in step.evidence {
                    #expect(text?.contains(r.filled(e.value) ?? "") == true, "\(name): step \(step.id) should show \(e.key): \(text ?? "nil")")
                }
            }
        }
        // The customers above reach every reason code the model can produce at this time.
        let unreached = Set(ReasonCode.allCases).subtracting(seen)
        #expect(unreached.isEmpty, "no sample customer produces \(unreached.map(\.rawValue).sorted())")
    }
}
