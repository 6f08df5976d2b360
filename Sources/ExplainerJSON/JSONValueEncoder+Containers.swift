import Foundation

extension JSONValueEncoder {
    /// The `Encoder` handed to each value's `encode(to:)`; writes into one ``Node``.
    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.kind = .object
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.kind = .array
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(node: node, codingPath: codingPath)
        }
    }

    /// A JSON object's members.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        private func put(_ value: JSONValue, _ key: Key) { node.members[key.stringValue] = .value(value) }

        mutating func encodeNil(forKey key: Key) { put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) { put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) { put(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            put(try number(value, codingPath: codingPath + [key]), key)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            put(try number(Double(value), codingPath: codingPath + [key]), key)
        }
        mutating func encode(_ value: Int, forKey key: Key) { put(.integer(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { put(number(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { put(number(value), key) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            node.members[key.stringValue] = try entry(value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                           forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = self.child(key)
            child.kind = .object
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = self.child(key)
            child.kind = .array
            return UnkeyedContainer(node: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            NodeEncoder(node: child(SuperKey.super), codingPath: codingPath + [SuperKey.super])
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            NodeEncoder(node: child(key), codingPath: codingPath + [key])
        }

        private func child(_ key: any CodingKey) -> Node {
            let child = Node()
            node.members[key.stringValue] = .node(child)
            return child
        }
    }

    /// A JSON array's elements.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { node.elements.count }

        private func append(_ value: JSONValue) { node.elements.append(.value(value)) }
        private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(intValue: count)] }

        mutating func encodeNil() { append(.null) }
        mutating func encode(_ value: Bool) { append(.bool(value)) }
        mutating func encode(_ value: String) { append(.string(value)) }
        mutating func encode(_ value: Double) throws { append(try number(value, codingPath: nextPath)) }
        mutating func encode(_ value: Float) throws { append(try number(Double(value), codingPath: nextPath)) }
        mutating func encode(_ value: Int) { append(.integer(value)) }
        mutating func encode(_ value: Int8) { append(number(value)) }
        mutating func encode(_ value: Int16) { append(number(value)) }
        mutating func encode(_ value: Int32) { append(number(value)) }
        mutating func encode(_ value: Int64) { append(number(value)) }
        mutating func encode(_ value: UInt) { append(number(value)) }
        mutating func encode(_ value: UInt8) { append(number(value)) }
        mutating func encode(_ value: UInt16) { append(number(value)) }
        mutating func encode(_ value: UInt32) { append(number(value)) }
        mutating func encode(_ value: UInt64) { append(number(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            node.elements.append(try entry(value, codingPath: nextPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let path = nextPath
            let child = appendChild(.object)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let path = nextPath
            return UnkeyedContainer(node: appendChild(.array), codingPath: path)
        }

        mutating func superEncoder() -> any Encoder {
            let path = nextPath
            return NodeEncoder(node: appendChild(.unset), codingPath: path)
        }

        private func appendChild(_ kind: Node.Kind) -> Node {
            let child = Node()
            child.kind = kind
            node.elements.append(.node(child))
            return child
        }
    }

    /// One value: a string, number, boolean, null, or any `Encodable`.
    struct SingleValueContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() { node.set(.null) }
        mutating func encode(_ value: Bool) { node.set(.bool(value)) }
        mutating func encode(_ value: String) { node.set(.string(value)) }
        mutating func encode(_ value: Double) throws { node.set(try number(value, codingPath: codingPath)) }
        mutating func encode(_ value: Float) throws { node.set(try number(Double(value), codingPath: codingPath)) }
        mutating func encode(_ value: Int) { node.set(.integer(value)) }
        mutating func encode(_ value: Int8) { node.set(number(value)) }
        mutating func encode(_ value: Int16) { node.set(number(value)) }
        mutating func encode(_ value: Int32) { node.set(number(value)) }
        mutating func encode(_ value: Int64) { node.set(number(value)) }
        mutating func encode(_ value: UInt) { node.set(number(value)) }
        mutating func encode(_ value: UInt8) { node.set(number(value)) }
        mutating func encode(_ value: UInt16) { node.set(number(value)) }
        mutating func encode(_ value: UInt32) { node.set(number(value)) }
        mutating func encode(_ value: UInt64) { node.set(number(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            switch try entry(value, codingPath: codingPath) {
            case .value(let value): node.set(value)
            case .node(let child):
                node.kind = child.kind
                node.members = child.members
                node.elements = child.elements
            }
        }
    }

    /// The key `superEncoder()` uses, as `JSONEncoder` names it.
    enum SuperKey: String, CodingKey { case `super` }
}
