import Foundation

/// Lines from a file descriptor as raw bytes, each checked: valid UTF-8 and at most `maxBytes`.
///
/// A bad line is reported as `stdin:3: …` and reading goes on with the next one; a long line
/// is skipped without being held in memory whole.
struct InputLines: Sequence, IteratorProtocol {
    enum Line { case text(String, number: Int), bad(String) }

    let handle: FileHandle
    let name: String
    let maxBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var number = 0

    init(handle: FileHandle = .standardInput, name: String = "stdin", maxBytes: Int = 8192) {
        self.handle = handle; self.name = name; self.maxBytes = maxBytes
    }

    mutating func next() -> Line? {
        var line: [UInt8] = []
        var dropped = 0
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                take(&line, &dropped, upTo: nl)
                start = nl + 1
                return finish(line, dropped)
            }
            take(&line, &dropped, upTo: buffer.count)
            buffer.removeAll(keepingCapacity: true); start = 0
            if eof { return line.isEmpty && dropped == 0 ? nil : finish(line, dropped) }
            let chunk = handle.readData(ofLength: 65_536)
            if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func take(_ line: inout [UInt8], _ dropped: inout Int, upTo end: Int) {
        let room = Swift.max(0, maxBytes - line.count)
        let n = end - start
        line.append(contentsOf: buffer[start..<(start + Swift.min(n, room))])
        dropped += Swift.max(0, n - room)
    }

    private mutating func finish(_ bytes: [UInt8], _ dropped: Int) -> Line {
        number += 1
        var bytes = bytes
        if bytes.last == 13 { bytes.removeLast() }
        if dropped > 0 {
            return .bad("\(name):\(number): the line is \(bytes.count + dropped) bytes; a question may be at most \(maxBytes)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .bad("\(name):\(number): the line is not valid UTF-8")
        }
        return .text(text, number: number)
    }
}
