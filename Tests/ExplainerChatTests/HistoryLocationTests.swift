import Testing
import ExplainerChat

@Suite("History file location")
struct HistoryLocationTests {
    @Test("the override wins, then EXPLAINER_HISTORY, then XDG_STATE_HOME, then HOME")
    func order() {
        let all = ["EXPLAINER_HISTORY": "/e/h", "XDG_STATE_HOME": "/xdg", "HOME": "/home/ann"]
        #expect(HistoryLocation.path(override: "/o/h", environment: all) == "/o/h")
        #expect(HistoryLocation.path(environment: all) == "/e/h")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "/xdg", "HOME": "/home/ann"])
                == "/xdg/explainer/history")
        #expect(HistoryLocation.path(environment: ["HOME": "/home/ann"]) == "/home/ann/.local/state/explainer/history")
    }

    @Test("empty values count as unset; a relative XDG_STATE_HOME is ignored")
    func emptyAndRelative() {
        let environment = ["EXPLAINER_HISTORY": "", "XDG_STATE_HOME": "state", "HOME": "/home/ann"]
        #expect(HistoryLocation.path(override: "", environment: environment)
                == "/home/ann/.local/state/explainer/history")
    }

    @Test("no HOME and nothing else: no history file")
    func nothingKnown() {
        #expect(HistoryLocation.path(environment: [:]) == nil)
    }
}
