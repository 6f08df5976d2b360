import ExplainerServer

extension SocketBench {
    /// A dozen questions in Chinese and English, the kinds customers ask most.
    static let questions = [
        "还了款为什么借不了", "借呗为什么用不了", "额度怎么只有1块钱", "我的额度为什么降了", "钱怎么还没到账",
        "花呗为什么没额度", "什么时候能再借", "怎么提额", "why can't I borrow?", "when can I borrow again?",
        "my limit dropped, why?", "how do I appeal?",
    ]

    /// The request mix: for each customer, one `ask` per question (the pairs rotated so that
    /// consecutive requests differ in both), and a `diagnose` in each language. With 23 demo
    /// customers that is 276 asks and 46 diagnoses, cycled in order.
    static func requestLines(users: [String]) -> [String] {
        var lines: [String] = []
        for (u, user) in users.enumerated() {
            for q in questions.indices {
                let question = questions[(u + q) % questions.count]
                lines.append(request("ask", ["user_id": .string(user), "text": .string(question)]))
                if q == 3 { lines.append(request("diagnose", ["user_id": .string(user), "lang": "zh"])) }
                if q == 9 { lines.append(request("diagnose", ["user_id": .string(user), "lang": "en"])) }
            }
        }
        return lines
    }

    private static func request(_ method: String, _ params: [String: JSONValue]) -> String {
        JSONValue.object(["jsonrpc": "2.0", "method": .string(method), "params": .object(params)]).serialized()
    }
}
