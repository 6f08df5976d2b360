import ArgumentParser
import ExplainerCore
import ExplainerEngine
import ExplainerServer
import ExplainerKnowledge
import ExplainerNLU
import ExplainerStore
import Foundation

/// `explainer bench`: measures the product's speed, in process or over the socket, with percentiles.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measures latency percentiles: the credit model and planner, the whole ask path, the record store, the socket server.",
        discussion: "Build with `swift build -c release` and run .build/release/explainer bench for meaningful numbers.",
        subcommands: [ModelBench.self, AskBench.self, StoreBench.self, SocketBench.self])
}

/// Demo customers from examples/customers, the typical records the benchmarks use.
func benchCustomers() throws -> [CustomerRecord] {
    do { return try RecordFile.read(directory: DefaultStore.demoSeedPath).map(\.record) } catch {
        throw CommandLineError.fail(error)
    }
}

struct ModelBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "model",
        abstract: "Evaluating the credit model, and evaluating plus planning, on every demo customer.")
    @Option(help: "Rounds over the demo customers.") var rounds = 2000
    @OptionGroup var runtime: RuntimeOptions

    func run() throws {
        let engine = try runtime.engine()
        let customers = try benchCustomers()
        let now = runtime.time
        let platform = engine.knowledge.platform
        let clock = ContinuousClock()
        var evaluate = LatencySample(), plan = LatencySample()
        var sink = 0
        for _ in 0..<rounds {
            for r in customers {
                evaluate.measure(clock) { sink &+= engine.model.evaluate(r, platform: platform, now: now).score }
                plan.measure(clock) {
                    let t = engine.model.evaluate(r, platform: platform, now: now)
                    if case .plan(let p) = engine.planner.plan(r, platform: platform, now: now) { sink &+= p.steps.count + t.score }
                }
            }
        }
        print("model evaluate          \(evaluate.summary)")
        print("model evaluate + plan   \(plan.summary)")
        print("(\(customers.count) demo customers × \(rounds) rounds; checksum \(sink % 997))")
    }
}

struct AskBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask",
        abstract: "Start-up (loading and training) and the whole ask path: normalise, match, plugin, model, plan, render.")
    @Option(help: "Questions asked per customer.") var rounds = 300
    @OptionGroup var runtime: RuntimeOptions

    static let questions = [
        "还了款为什么借不了", "借呗为什么用不了", "额度怎么只有1块钱", "我的额度为什么降了", "钱怎么还没到账",
        "花呗为什么没额度", "什么时候能再借", "怎么提额", "why can't I borrow?", "when can I borrow again?",
        "my limit dropped, why?", "how do I appeal?", "what's my limit now?", "hello", "今天天气怎么样",
    ]

    func run() throws {
        let clock = ContinuousClock()
        var startup = LatencySample()
        var engine: Engine?
        for _ in 0..<5 { startup.measure(clock) { engine = try? runtime.engine() } }
        guard let engine else { _ = try runtime.engine(); return }
        let customers = try benchCustomers()
        let now = runtime.time
        var ask = LatencySample()
        var encode = LatencySample()
        var sink = 0
        for _ in 0..<rounds {
            for r in customers {
                for q in Self.questions {
                    var s = Session(userID: r.userID)
                    var reply: Reply?
                    ask.measure(clock) { reply = engine.ask(q, session: &s, record: r, now: now) }
                    guard let reply else { continue }
                    sink &+= reply.text.utf8.count
                    // What the socket server does with the reply: a JSON value, written as one line.
                    encode.measure(clock) {
                        var bytes: [UInt8] = []
                        reply.json.write(to: &bytes)
                        sink &+= bytes.count
                    }
                }
            }
        }
        print("start-up (load knowledge/ and intents/, train)  \(startup.summary)")
        print("ask, whole path in process                      \(ask.summary)")
        print("its reply as the socket's JSON line             \(encode.summary)")
        print("(\(Self.questions.count) questions × \(customers.count) customers × \(rounds) rounds; checksum \(sink % 997))")
    }
}

struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store",
        abstract: "The SQLite record store: looking a customer up, and appending an audit entry (durable).")
    @Option(help: "Customers in the temporary store.") var customers = 1000
    @OptionGroup var runtime: RuntimeOptions

    func run() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("explainer-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            print(try StoreBenchmark.run(directory: dir, customers: customers, now: runtime.time))
        } catch { throw CommandLineError.fail("\(error)") }
    }
}
